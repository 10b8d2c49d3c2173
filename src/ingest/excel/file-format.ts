/** Tells an xlsx from an old .xls, an encrypted workbook or something else, by its bytes. */

export type FileFormat = 'xlsx' | 'xls' | 'encrypted' | 'unknown';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An encrypted OOXML file is a compound file holding a stream named EncryptedPackage. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function detectFormat(buf: Buffer): FileFormat {
  if (buf.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  if (buf.subarray(0, 8).equals(CFB_MAGIC)) return buf.includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'xls';
  return 'unknown';
}
