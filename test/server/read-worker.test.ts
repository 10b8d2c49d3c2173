/**
 * The server's read worker (issue 16.2): the default view's metrics are computed in the worker,
 * off the server's event loop, and are exactly those this thread computes from the same read.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { createIngestWorker, siblingModule } from '../../src/ingest/worker/client.ts';
import { computeView, type ComputedView } from '../../src/server/generation.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const SERVER = new URL('../../src/server/app.ts', import.meta.url).href;
const worker = createIngestWorker<ComputedView>(siblingModule(SERVER, 'read-worker'));
afterAll(() => worker.close());

describe('the read worker', () => {
  it('sends the default view of the day read with the read, the same as computed here', async () => {
    for (const today of ['2026-04-30', '2026-07-15']) {
      const { result, extra } = await worker.read([FIXTURES], { today });
      const here = computeView(await ingest([FIXTURES], { today }), {}, today);
      expect(extra?.json).toBe(here.json);
      expect(extra?.metrics).toEqual(here.metrics);
      // and the view computed here from the read that crossed is the same again
      expect(computeView(result, {}, today).json).toBe(here.json);
    }
  });

  it('sends no view with a read that has fatal issues', async () => {
    const { result, extra } = await worker.read(['/no/such/folder'], { today: '2026-04-30' });
    expect(result.fatal.length).toBeGreaterThan(0);
    expect(extra).toBeUndefined();
  });
});
