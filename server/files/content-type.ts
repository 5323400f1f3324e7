import { fileTypeFromBuffer } from 'file-type';

/** The kinds of file accepted as evidence and attachments, by detected type. */
export const ALLOWED_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'ảnh PNG',
  'image/jpeg': 'ảnh JPEG',
  'image/webp': 'ảnh WebP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (.xlsx)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint (.pptx)',
  'application/x-cfb': 'Word/Excel đời cũ (.doc, .xls)',
  'application/zip': 'tệp nén ZIP',
  'text/plain': 'văn bản (.txt, .csv)',
};

/**
 * Detects the type from the bytes, never from the name or the declared type. Plain text has no
 * signature: it is accepted only when it is valid UTF-8 without control bytes and does not look
 * like HTML or script, so an uploaded page can never be served as one.
 */
export async function detectContentType(bytes: Buffer): Promise<string | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return ALLOWED_TYPES[detected.mime] ? detected.mime : null;
  if (isPlainText(bytes)) return 'text/plain';
  return null;
}

function isPlainText(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 65536));
  if (text.includes('\uFFFD')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000E-\u001F]/.test(text)) return false;
  return !/<\s*(html|script|svg|iframe|body|!doctype)/i.test(text.slice(0, 4096));
}

/** Names the accepted kinds, for error messages. */
export function acceptedTypesText(): string {
  return [...new Set(Object.values(ALLOWED_TYPES))].join(', ');
}
