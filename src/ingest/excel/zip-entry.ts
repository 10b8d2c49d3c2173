/**
 * One zip entry's bytes, inflated no further than the size its directory declares and
 * checked against that size and its CRC-32. An entry that inflates past its declared size
 * is damaged (or a bomb): inflation stops there, and nothing else ever reads it.
 */
import { constants as bufferConstants } from 'node:buffer';
import { crc32, inflateRawSync } from 'node:zlib';
import { unreadable } from './damage.ts';
import { entryData, type ZipEntry } from './zip-directory.ts';

const STORED = 0;
const DEFLATED = 8;
const AES = 99;
/** Deflate cannot expand its input more than about 1032 times. */
const MAX_DEFLATE_RATIO = 1032;

export function inflateEntry(buf: Buffer, entry: ZipEntry): Buffer {
  if (entry.flags & 1 || entry.method === AES) unreadable('source_encrypted', {});
  if (entry.method !== STORED && entry.method !== DEFLATED) unreadable('source_zip_method', {});
  const data = entryData(buf, entry) ?? unreadable('source_damaged', { damage: 'entry' });
  const bytes = entry.method === STORED ? data : inflate(data, entry.uncompressedSize);
  if (bytes.length !== entry.uncompressedSize) unreadable('source_damaged', { damage: 'size' });
  if (crc32(bytes) !== entry.crc32) unreadable('source_damaged', { damage: 'crc' });
  return bytes;
}

function inflate(data: Buffer, size: number): Buffer {
  // one output chunk of the expected size spares zlib from joining many small ones (and a copy of them
  // all); the most the data could inflate to bounds it when the declared size is a lie
  const chunkSize = Math.max(Math.min(size + 1, data.length * MAX_DEFLATE_RATIO + 1024), 16 * 1024);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.min(Math.max(1, size), bufferConstants.MAX_LENGTH), chunkSize });
  } catch (cause) {
    const tooLarge = (cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    return unreadable('source_damaged', { damage: tooLarge ? 'overflow' : 'inflate' });
  }
}
