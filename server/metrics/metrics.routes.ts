import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/permissions';
import { forbidden } from '../errors';
import { orgUnitRepository } from '../modules/org-units/org-unit.repository';
import { computeMetric, listMetrics } from './registry';
import * as clock from '../clock';

const MetricInfo = z.object({ key: z.string(), label: z.object({ vi: z.string(), en: z.string() }), unit: z.enum(['%', 'count']), feature: z.string() });
const MetricQueryParams = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  from: z.string().date('Ngày bắt đầu cần dạng YYYY-MM-DD.'),
  to: z.string().date('Ngày kết thúc cần dạng YYYY-MM-DD.'),
  asOf: z.string().date().optional(),
});
const MetricReply = z.object({
  key: z.string(),
  value: z.number().nullable(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  source: z.string(),
});

export async function metricRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/metrics', { schema: { tags: ['metrics'], summary: 'Danh mục chỉ số hệ thống tự tính', response: { 200: z.array(MetricInfo) } } }, async (req) => {
    req.requireActor();
    return listMetrics().map(({ key, label, unit, feature }) => ({ key, label, unit, feature }));
  });
  r.get(
    '/api/metrics/:key',
    {
      schema: {
        tags: ['metrics'],
        summary: 'Giá trị một chỉ số của một đơn vị (kể cả cấp dưới) trong một kỳ',
        params: z.object({ key: z.string() }),
        querystring: MetricQueryParams,
        response: { 200: MetricReply },
      },
    },
    async (req) => {
      const actor = req.requireActor();
      const unit = await orgUnitRepository.findById(app.db, req.query.unitId ?? actor.unitId);
      if (!unit) throw forbidden();
      authorize(actor, 'org:read', unit);
      const asOf = req.query.asOf ?? clock.today();
      const value = await computeMetric(app.db, req.params.key, { unitId: unit.id, unitPath: unit.path, from: req.query.from, to: req.query.to, asOf });
      return { key: req.params.key, ...value };
    },
  );
}
