// Helpers shared by the citizen feature's integration tests.
import QRCode from 'qrcode';

/** A multipart/form-data body with text fields and files (field name "attachments"). */
export function multipartBody(fields: Record<string, string>, files: Array<{ name: string; bytes: Buffer; type?: string }> = []) {
  const boundary = '----cchc' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`), f.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A real PNG image (a QR code), as a citizen's photo would be. */
export function pngBytes(text = 'anh chup'): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', width: 64 });
}
