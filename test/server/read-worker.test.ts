/**
 * The server's read worker (issue 16.2): the default view's metrics, and any other view of the
 * last good read, are computed in the worker, off the server's event loop, and are exactly those
 * this thread computes from the same read.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { createIngestWorker, siblingModule } from '../../src/ingest/worker/client.ts';
import { computeView, Generation, type ComputedView } from '../../src/server/generation.ts';

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

  it('answers other views of its last good read, the same as computed here, and no longer once a newer read replaced it', async () => {
    const today = '2026-04-30';
    const first = await worker.read([FIXTURES], { today });
    const here = await ingest([FIXTURES], { today });
    for (const query of [{ term: '2025-2026-1' }, { asOf: '2026-03-31' }, { span: 'school_year' as const }]) {
      const view = await worker.ask<ComputedView>(first.id, { query, today });
      expect(view?.json).toBe(computeView(here, query, today).json);
    }
    // a Generation of that read computes its views there
    const g = new Generation(1, today, new Date(), first.result, [], (question) => worker.ask<ComputedView>(first.id, question));
    expect((await g.dataset({ term: '2025-2026-1' }, today)).json).toBe(computeView(here, { term: '2025-2026-1' }, today).json);

    const second = await worker.read([FIXTURES], { today });
    expect(await worker.ask(first.id, { query: {}, today })).toBeUndefined();
    expect((await worker.ask<ComputedView>(second.id, { query: {}, today }))?.json).toBe(computeView(here, {}, today).json);
    // a failed read keeps the last good one
    await worker.read(['/no/such/folder'], { today });
    expect(await worker.ask(second.id, { query: {}, today })).toBeDefined();
  });

  it('a Generation whose read is gone from the worker computes its views here, the same', async () => {
    const today = '2026-04-30';
    const old = await worker.read([FIXTURES], { today });
    await worker.read([FIXTURES], { today });
    const g = new Generation(1, today, new Date(), old.result, [], (question) => worker.ask<ComputedView>(old.id, question));
    expect((await g.dataset({ term: '2025-2026-1' }, today)).json).toBe(computeView(await ingest([FIXTURES], { today }), { term: '2025-2026-1' }, today).json);
  });

  it('a question after the worker has ended is answered as unknown (the read it asks about is gone)', async () => {
    const { id } = await worker.read([FIXTURES], { today: '2026-04-30' });
    await worker.close();
    expect(await worker.ask(id, { query: {}, today: '2026-04-30' })).toBeUndefined();
  });

  it('sends no view with a read that has fatal issues', async () => {
    const { result, extra } = await worker.read(['/no/such/folder'], { today: '2026-04-30' });
    expect(result.fatal.length).toBeGreaterThan(0);
    expect(extra).toBeUndefined();
  });
});
