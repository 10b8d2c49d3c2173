/** The plain ingest worker thread: reads, nothing after (serve.ts). */
import { serveReads } from './serve.ts';

serveReads();
