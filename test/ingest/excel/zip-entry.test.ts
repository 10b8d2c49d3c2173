/**
 * The zip layer under both readers: the directory (zip64 included) and one entry's bytes,
 * inflated no further than its declared size and checked against that size and its CRC-32.
 * Every zip here is built by the test.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WorkbookUnreadable } from '../../../src/ingest/excel/damage.ts';
import { readZipDirectory } from '../../../src/ingest/excel/zip-directory.ts';
import { inflateEntry } from '../../../src/ingest/excel/zip-entry.ts';
import { rawEntry, repeatedDeflate, zipEntries, type RawEntry } from '../../helpers/raw-xlsx.ts';

const TEXT = '<sst><si><t>姓名</t></si></sst>';

/** The entry's bytes as both readers get them, or the finding that makes the file unreadable. */
function read(entry: RawEntry, zip64 = false): string | { code: string; params: object } {
  const buf = zipEntries([entry], { zip64 });
  const [e] = readZipDirectory(buf)!;
  try {
    return inflateEntry(buf, e!).toString('utf8');
  } catch (err) {
    if (!(err instanceof WorkbookUnreadable)) throw err;
    return { code: err.code, params: err.params };
  }
}

describe('one entry, within what its directory declares', () => {
  it('deflated and stored entries, and zip64 sizes and offsets, read as written', () => {
    expect(read(rawEntry('a.xml', TEXT))).toBe(TEXT);
    expect(read(rawEntry('a.xml', TEXT, false))).toBe(TEXT);
    expect(read(rawEntry('a.xml', TEXT), true)).toBe(TEXT);
    const buf = zipEntries([rawEntry('a.xml', TEXT), rawEntry('b.xml', 'x', false)], { zip64: true });
    expect(readZipDirectory(buf)?.map((e) => [e.name, e.uncompressedSize, e.method])).toEqual([
      ['a.xml', Buffer.byteLength(TEXT), 8],
      ['b.xml', 1, 0],
    ]);
  });

  it('a CRC-32 that does not match the bytes is damage, stored or deflated', () => {
    expect(read({ ...rawEntry('a.xml', TEXT), crc: crc32(TEXT) ^ 1 })).toEqual({ code: 'source_damaged', params: { damage: 'crc' } });
    expect(read({ ...rawEntry('a.xml', TEXT, false), crc: 0 })).toEqual({ code: 'source_damaged', params: { damage: 'crc' } });
  });

  it('an entry that inflates past its declared size stops there: damage, not a part read in full', () => {
    const bomb = repeatedDeflate('<sst>', '<si><t>x</t></si>'.repeat(4096), 2048, '</sst>'); // ~140 MB of XML
    expect(bomb.data.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    expect(read({ name: 'a.xml', data: bomb.data, method: 8, size: 30_000, crc: bomb.crc })).toEqual({ code: 'source_damaged', params: { damage: 'overflow' } });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('an entry that inflates to less than declared, or a stored one of another length, is damage', () => {
    expect(read({ ...rawEntry('a.xml', TEXT), size: Buffer.byteLength(TEXT) + 1 })).toEqual({ code: 'source_damaged', params: { damage: 'size' } });
    expect(read({ ...rawEntry('a.xml', TEXT, false), size: 3 })).toEqual({ code: 'source_damaged', params: { damage: 'size' } });
  });

  it('a deflate stream that is cut short or not deflate at all is damage', () => {
    const full = rawEntry('a.xml', TEXT.repeat(50));
    expect(read({ ...full, data: full.data.subarray(0, full.data.length >> 1) })).toEqual({ code: 'source_damaged', params: { damage: 'inflate' } });
    expect(read({ ...full, data: Buffer.from([0xff, 0xff, 0xff, 0xff]) })).toEqual({ code: 'source_damaged', params: { damage: 'inflate' } });
  });

  it('data running past the end of the file, or a missing local header, is damage', () => {
    const buf = zipEntries([rawEntry('a.xml', TEXT)]);
    const [e] = readZipDirectory(buf)!;
    expect(() => inflateEntry(buf, { ...e!, compressedSize: buf.length })).toThrow(expect.objectContaining({ code: 'source_damaged', params: { damage: 'entry' } }));
    expect(() => inflateEntry(buf, { ...e!, localHeaderOffset: 4 })).toThrow(expect.objectContaining({ code: 'source_damaged', params: { damage: 'entry' } }));
  });

  it('an encrypted entry (flag bit 0, or AES as method 99) is a workbook with a password', () => {
    expect(read({ ...rawEntry('a.xml', TEXT), flags: 1 })).toEqual({ code: 'source_encrypted', params: {} });
    expect(read({ ...rawEntry('a.xml', TEXT), method: 99 })).toEqual({ code: 'source_encrypted', params: {} });
  });

  it.each([
    ['bzip2', 12],
    ['LZMA', 14],
    ['deflate64', 9],
    ['zstd', 93],
  ])('a compression method Excel never uses (%s) is refused', (_, method) => {
    expect(read({ ...rawEntry('a.xml', TEXT), method })).toEqual({ code: 'source_zip_method', params: {} });
  });
});

describe('the directory', () => {
  it('is null when the end record, a central record or a zip64 record is missing or cut', () => {
    const buf = zipEntries([rawEntry('a.xml', TEXT), rawEntry('b.xml', TEXT)]);
    expect(readZipDirectory(buf.subarray(0, buf.length - 30))).toBeNull();
    const noCentral = Buffer.from(buf);
    noCentral.writeUInt32LE(0, buf.readUInt32LE(buf.length - 6)); // the first central record's signature
    expect(readZipDirectory(noCentral)).toBeNull();
    const z64 = zipEntries([rawEntry('a.xml', TEXT)], { zip64: true });
    const noLocator = Buffer.from(z64);
    noLocator.writeUInt32LE(0, z64.length - 22 - 20);
    expect(readZipDirectory(noLocator)).toBeNull();
  });

  it('keeps what each entry declares: sizes, CRC-32, method and flags', () => {
    const raw = Buffer.from(TEXT);
    const buf = zipEntries([{ name: '表.xml', data: deflateRawSync(raw), method: 8, size: 7, crc: 42, flags: 1 }]);
    expect(readZipDirectory(buf)).toMatchObject([{ name: '表.xml', uncompressedSize: 7, crc32: 42, method: 8, flags: 0x0801 }]);
  });
});
