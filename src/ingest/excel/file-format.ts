/** Tells an xlsx from an old .xls, an OpenDocument sheet, an encrypted workbook, a web page or something else, by its bytes. */

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

/**
 * What the first bytes of a file say it is: `zip` (an xlsx, or a zip we cannot tell yet),
 * `ods` (a zip whose first entry is an OpenDocument spreadsheet `mimetype`), `odf-other`
 * (an OpenDocument text or slides), `cfb` (a compound file: .xls, .et, or an encrypted
 * xlsx — the whole file tells which), `html` and `spreadsheetml` (the "fake .xls" that web
 * systems export), or `other`.
 */
export type SniffedFormat = 'zip' | 'ods' | 'odf-other' | 'cfb' | 'html' | 'spreadsheetml' | 'other';

/** How many first bytes `sniffFormat` looks at. */
export const SNIFF_BYTES = 4096;

const ODS_MIMETYPE = /^application\/vnd\.oasis\.opendocument\.spreadsheet(-template)?$/;

export function sniffFormat(head: Buffer): SniffedFormat {
  if (head.subarray(0, 8).equals(CFB_MAGIC)) return 'cfb';
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return odfMimetype(head) ?? 'zip';
  const text = headText(head);
  if (/^\s*<\?xml[^>]*>\s*(?:<\?mso-application[^>]*Excel\.Sheet[^>]*>|[\s\S]*urn:schemas-microsoft-com:office:spreadsheet)/i.test(text)) return 'spreadsheetml';
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|table|head|body|meta|style)[\s>]/i.test(text)) return 'html';
  if (/^\s*MIME-Version:[\s\S]*multipart\/related/i.test(text)) return 'html'; // a "single file web page" (.mht)
  return 'other';
}

/** The OpenDocument package's first entry, `mimetype`, stored uncompressed as the format requires. */
function odfMimetype(head: Buffer): 'ods' | 'odf-other' | null {
  if (head.length < 30) return null;
  const method = head.readUInt16LE(8);
  const size = head.readUInt32LE(18);
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  if (head.toString('latin1', 30, 30 + nameLength) !== 'mimetype' || method !== 0) return null;
  const start = 30 + nameLength + extraLength;
  const mimetype = head.toString('latin1', start, Math.min(start + size, head.length)).trim();
  if (ODS_MIMETYPE.test(mimetype)) return 'ods';
  return mimetype.startsWith('application/vnd.oasis.opendocument.') ? 'odf-other' : null;
}

/** The head as text: UTF-16 when it starts with a UTF-16 byte order mark, else Latin-1 (enough for markup). */
function headText(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head.subarray(2, head.length - (head.length % 2))).swap16().toString('utf16le');
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return head.toString('latin1', start);
}
