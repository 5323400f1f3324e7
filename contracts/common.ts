import { z } from 'zod';

/** Every error reply: a stable code, a Vietnamese message that says what to fix, and per-field details. */
export const ErrorReply = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorReply = z.infer<typeof ErrorReply>;

/** A numeric id in a path parameter. */
export const IdParams = z.object({ id: z.coerce.number().int().positive() });
export type IdParams = z.infer<typeof IdParams>;

/** Paging for lists: ?page=1&pageSize=50. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const OkReply = z.object({ ok: z.literal(true) });
