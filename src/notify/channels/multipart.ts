/** A multipart/form-data body with one file part (RFC 7578), the way WeCom's upload_media expects it. */
import { randomBytes } from 'node:crypto';

/** The file name in a quoted parameter: UTF-8 as is, quotes and line breaks escaped (as browsers do). */
const quoted = (name: string) => name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export function filePart(field: string, filename: string, bytes: Uint8Array, contentType: string): { readonly body: Uint8Array; readonly contentType: string } {
  const boundary = `----union-dash-${randomBytes(12).toString('hex')}`;
  const head =
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="${field}"; filename="${quoted(filename)}"; filelength=${bytes.length}\r\n` +
    `Content-Type: ${contentType}\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head, 'utf8'), bytes, Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8')]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
