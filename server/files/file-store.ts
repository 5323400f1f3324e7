import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where file bytes live, addressed by their SHA-256. The disk store is the default; an
 * S3-compatible store implements the same three methods (put is idempotent by hash).
 */
export interface FileStore {
  put(bytes: Buffer): Promise<{ sha256: string; size: number }>;
  open(sha256: string): Promise<Readable>;
  exists(sha256: string): Promise<boolean>;
}

/** Files under `<root>/ab/cd/<sha256>`; written to a temporary name then renamed, so a crash leaves no half file. */
export class DiskFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('invalid content hash');
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Buffer): Promise<{ sha256: string; size: number }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256);
    if (!(await this.exists(sha256))) {
      await mkdir(join(target, '..'), { recursive: true });
      const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temp, bytes);
      await rename(temp, target);
    }
    return { sha256, size: bytes.length };
  }

  async open(sha256: string): Promise<Readable> {
    return createReadStream(this.pathOf(sha256));
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await stat(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }
}
