/**
 * ingest in a worker thread (the server's reads, issue 16.2): the same result as in-thread,
 * the stand-ins of vanished files kept in the worker, a worker that ended started again.
 */
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index.ts';
import { createIngestWorker, type IngestWorker } from '../../../src/ingest/worker/client.ts';
import { tempDir } from '../../helpers/workbook.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');
const TODAY = '2026-04-30';
let worker: IngestWorker;
let dir: string;

beforeAll(async () => {
  worker = createIngestWorker();
  dir = await tempDir();
  await cp(FIXTURES, dir, { recursive: true });
});
afterAll(async () => {
  await worker.close();
  await rm(dir, { recursive: true, force: true });
});

const withoutFiles = <T extends { files: unknown }>({ files: _files, ...rest }: T) => rest;

describe('ingest in a worker thread', () => {
  it('gives the same records, sheets and issues as ingest in this thread; files by path with their names', async () => {
    const [off, here] = await Promise.all([worker.ingest([dir], { today: TODAY }), ingest([dir], { today: TODAY })]);
    expect(withoutFiles(off)).toEqual(withoutFiles(here));
    expect([...off.files].map(([path, f]) => [path, f.model.file, f.ledger])).toEqual([...here.files].map(([path, f]) => [path, f.model.file, f.ledger]));
  });

  it('stands in a vanished file from its own last good read when asked with its path', async () => {
    const first = await worker.ingest([dir], { today: TODAY });
    const gone = [...first.files.keys()].find((p) => p.endsWith('经费台账.xlsx'))!;
    await rm(gone);
    const stood = await worker.ingest([dir], { today: TODAY, standIns: first.files });
    expect(stood.standingIn).toEqual([gone]);
    expect(stood.issues.filter((i) => i.code === 'file_missing').map((i) => i.file)).toEqual(['经费台账.xlsx']);
    expect(stood.records.funds.length).toBe(first.records.funds.length);
    const without = await worker.ingest([dir], { today: TODAY });
    expect(without.records.funds.length).toBe(0);
  });

  it('a source that cannot be read is its fatal issue, as in this thread', async () => {
    const res = await worker.ingest(['/no/such/folder'], { today: TODAY });
    expect(res.fatal.map((i) => i.code)).toEqual((await ingest(['/no/such/folder'], { today: TODAY })).fatal.map((i) => i.code));
  });

  it('a worker that has ended is started again at the next read', async () => {
    await worker.close();
    expect((await worker.ingest([FIXTURES], { today: TODAY })).sheets.length).toBeGreaterThan(0);
  });
});
