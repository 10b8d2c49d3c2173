/**
 * A small zip writer on node:zlib (Node has none of its own): deflate, or stored when deflate
 * does not help; names in UTF-8 with the language-encoding flag (bit 11), which Windows' own
 * "全部解压缩" honours since Windows 7, as do 7-Zip, Bandizip and Info-ZIP. No zip64: refuses
 * archives past 4 GiB or 65 535 entries. Used by scripts/package-win.mjs.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of the bytes (zlib's own when this Node has it, 20.15 and later). */
export function crc32(bytes) {
  if (typeof zlibCrc32 === 'function') return zlibCrc32(bytes) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time of a local time (2-second resolution, 1980 at the earliest). */
function dosDateTime(date) {
  const y = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((y - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

const UTF8_FLAG = 1 << 11;
const LIMIT = 0xffffffff;

/** Writes a zip to `path`: add() each entry (a folder name ends with "/"), then close(). */
export class ZipWriter {
  #fd;
  #offset = 0;
  #central = [];
  #when;

  /** `when`: the modification time given to every entry. */
  constructor(path, when = new Date()) {
    this.#fd = openSync(path, 'w');
    this.#when = dosDateTime(when);
  }

  #write(buf) {
    writeSync(this.#fd, buf);
    this.#offset += buf.length;
    if (this.#offset > LIMIT) throw new Error('zip: over 4 GiB (zip64 is not supported)');
  }

  /** Adds a file (`data` a Buffer) or, for a name ending with "/", a folder. */
  add(name, data = Buffer.alloc(0)) {
    if (name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) throw new Error(`zip: bad entry name "${name}"`);
    if (this.#central.length === 0xffff) throw new Error('zip: over 65 535 entries (zip64 is not supported)');
    const isDir = name.endsWith('/');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = isDir ? 0 : crc32(data);
    let method = 0;
    let body = data;
    if (!isDir && data.length > 0) {
      const deflated = deflateRawSync(data, { level: 9 });
      if (deflated.length < data.length) {
        method = 8;
        body = deflated;
      }
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(this.#when.time, 10);
    local.writeUInt16LE(this.#when.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const offset = this.#offset;
    this.#write(local);
    this.#write(nameBytes);
    if (body.length) this.#write(body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_FLAG, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(this.#when.time, 12);
    central.writeUInt16LE(this.#when.date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(isDir ? 0x10 : 0x20, 38); // MS-DOS directory / archive
    central.writeUInt32LE(offset, 42);
    this.#central.push(Buffer.concat([central, nameBytes]));
  }

  close() {
    const start = this.#offset;
    for (const c of this.#central) this.#write(c);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.#central.length, 8);
    end.writeUInt16LE(this.#central.length, 10);
    end.writeUInt32LE(this.#offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.#write(end);
    closeSync(this.#fd);
  }
}
