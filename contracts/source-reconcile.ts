import { z } from 'zod';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng dạng YYYY-MM, ví dụ 2025-03.');

export const ReconcileQuery = z.object({ month: Month.optional() });
export const MonthParams = z.object({ id: z.coerce.number().int().positive(), month: Month });

/** The figures of a month as the source reports them (typed from its report when it has no figures endpoint). */
export const ReportedCountsRequest = z
  .object({
    received: z.number().int().min(0),
    resolved: z.number().int().min(0),
    onTime: z.number().int().min(0),
    late: z.number().int().min(0),
  })
  .refine((c) => c.onTime + c.late === c.resolved, { message: 'Số giải quyết trước và đúng hạn cộng quá hạn phải bằng số giải quyết xong.', path: ['late'] });
export type ReportedCountsRequest = z.infer<typeof ReportedCountsRequest>;

export const ReconcileLineView = z.object({
  key: z.enum(['received', 'resolved', 'onTime', 'late']),
  label: z.string(),
  reported: z.number().nullable(),
  computed: z.number(),
  difference: z.number().nullable(),
  causes: z.array(z.object({ code: z.string(), reason: z.string() })),
  unexplained: z.number().nullable(),
});

export const Reconciliation = z.object({
  sourceId: z.number(),
  /** Months with data, newest first. */
  months: z.array(z.string()),
  month: z.string().nullable(),
  reported: z.object({ origin: z.enum(['endpoint', 'typed']), recordedAt: z.string() }).nullable(),
  lines: z.array(ReconcileLineView),
});
export type Reconciliation = z.infer<typeof Reconciliation>;
