/**
 * The server's read worker thread: ingest, then the default view's metrics of the day read,
 * both off the server's event loop (a district workbook's metrics take about as long as
 * half its read). Other views are computed on demand from the read the worker sends back.
 */
import { serveReads } from '../ingest/worker/serve.ts';
import { computeView } from './generation.ts';

serveReads((result, options) => computeView(result, {}, options.today));
