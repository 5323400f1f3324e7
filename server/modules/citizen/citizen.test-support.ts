// Helpers shared by the citizen feature's integration tests (other test data: test/factories.ts).
import QRCode from 'qrcode';
import { multipart } from '../../../test/factories';

/** A public form's multipart body: text fields and the citizen's files (field "attachments"). */
export function multipartBody(fields: Record<string, string>, files: Array<{ name: string; bytes: Buffer; type?: string }> = []) {
  return multipart(
    fields,
    files.map((f) => ({ ...f, field: 'attachments' })),
  );
}

/** A real PNG image (a QR code), as a citizen's photo would be. */
export function pngBytes(text = 'anh chup'): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', width: 64 });
}
