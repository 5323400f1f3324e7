// A source's secrets (password, API key) at rest: AES-256-GCM under a key derived from the server's secret, so a
// database dump or a backup file holds only ciphertext. The same secret is needed to read them back: a database
// restored on a server with another secret asks the administrator to type the credentials again.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { SourceCredentials } from '../../../contracts/sources';
import { DomainError } from '../../errors';

const VERSION = 'v1';
// A key of its own, derived from the secret: signing cookies and encrypting credentials never share a key.
const keyCache = new Map<string, Buffer>();
function keyFor(secret: string): Buffer {
  let key = keyCache.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'cchc', 'source-credentials', 32));
    keyCache.set(secret, key);
  }
  return key;
}

/** Encrypts credentials for storage: 'v1.' + base64(iv | tag | ciphertext). */
export function sealCredentials(secret: string, credentials: SourceCredentials): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(credentials), 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

/** Decrypts stored credentials; a clear message when they were sealed under another server secret. */
export function openCredentials(secret: string, sealed: string): SourceCredentials {
  const [version, data] = sealed.split('.');
  if (version !== VERSION || !data)
    throw new DomainError('SOURCE_CREDENTIALS_UNREADABLE', 'Thông tin đăng nhập của nguồn không đọc được; nhập lại tên đăng nhập và mật khẩu.', 409);
  const raw = Buffer.from(data, 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as SourceCredentials;
  } catch {
    throw new DomainError(
      'SOURCE_CREDENTIALS_UNREADABLE',
      'Thông tin đăng nhập của nguồn được mã hóa bằng khóa bí mật khác (máy chủ đã đổi SESSION_SECRET hoặc dữ liệu được khôi phục từ máy khác); nhập lại tên đăng nhập và mật khẩu.',
      409,
    );
  }
}
