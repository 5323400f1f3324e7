import { z } from 'zod';

export const StoredFile = z.object({
  id: z.string().uuid(),
  name: z.string(),
  size: z.number(),
  mime: z.string(),
  sha256: z.string(),
  unitId: z.number(),
  createdAt: z.string(),
});
export type StoredFile = z.infer<typeof StoredFile>;

export const FileIdParams = z.object({ id: z.string().uuid('Mã tệp không hợp lệ.') });
