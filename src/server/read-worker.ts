/**
 * The server's read worker thread: ingest, the default view's metrics of the day read, and the
 * metrics of any other view of that read when a page asks for one, all off the server's event
 * loop (a district workbook's metrics take about as long as half its read).
 */
import { serveReads } from '../ingest/worker/serve.ts';
import { computeView, type ViewQuestion } from './generation.ts';

serveReads({
  after: (result, options) => computeView(result, {}, options.today),
  ask: (result, question) => {
    const { query, today } = question as ViewQuestion;
    return computeView(result, query, today);
  },
});
