import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Kpi766Query, Kpi766Report } from '../../../contracts/kpi766';
import { exportKpi766 } from './kpi766-export.service';
import { kpi766Report } from './kpi766.service';

export async function kpi766Routes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/kpi766',
    { schema: { tags: ['dossiers'], summary: 'Bộ chỉ số 766 của đơn vị theo tháng/quý/năm', querystring: Kpi766Query, response: { 200: Kpi766Report } } },
    async (req) => kpi766Report(app.db, req.requireActor(), req.query),
  );
  r.get('/api/kpi766/export', { schema: { tags: ['dossiers'], summary: 'Xuất Bộ chỉ số 766 (Excel)', querystring: Kpi766Query } }, async (req, reply) => {
    const { fileName, bytes } = await exportKpi766(app.db, req.requireActor(), req.query);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .send(bytes);
  });
}
