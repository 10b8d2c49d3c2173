/** The plain ingest worker thread: reads, nothing more (serve.ts). */
import { serveReads } from './serve.ts';

serveReads();
