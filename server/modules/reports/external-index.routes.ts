import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../contracts/common';
import { ExternalIndexOverview, ExternalIndexQuery, ExternalIndexWithIndicators, SaveExternalIndicatorsRequest } from '../../../contracts/reports-external';
import { attachmentHeader } from '../files/file.routes';
import { exportExternalIndicesXlsx } from './external-index.export';
import { externalIndexOverview, saveExternalIndicators } from './external-index.service';
import { XLSX } from './report.routes';

const tags = ['reports'];

/** External indices over the years and the sub-indicators the department owns. */
export async function externalIndexRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/external-indices',
    {
      schema: {
        tags,
        summary: 'Chỉ số bên ngoài (PAR Index, SIPAS, PAPI, PCI, ICT Index, DTI) qua các năm, kèm chỉ số thành phần',
        querystring: ExternalIndexQuery,
        response: { 200: ExternalIndexOverview },
      },
    },
    async (req) => externalIndexOverview(app.db, req.requireActor(), req.query.index),
  );
  r.get(
    '/api/external-indices/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Chỉ số bên ngoài ra Excel: mỗi chỉ số, mỗi năm một trang, kèm chỉ số thành phần và mức tăng/giảm so với năm trước',
        querystring: ExternalIndexQuery,
        response: { 200: z.any() },
      },
    },
    async (req, reply) => {
      const file = await exportExternalIndicesXlsx(app.db, req.requireActor(), req.query.index);
      return reply.header('content-type', XLSX).header('content-disposition', attachmentHeader(file.name)).send(file.bytes);
    },
  );
  r.put(
    '/api/external-index-results/:id/indicators',
    {
      schema: {
        tags,
        summary: 'Ghi bảng chỉ số thành phần của một kết quả đã công bố',
        params: IdParams,
        body: SaveExternalIndicatorsRequest,
        response: { 200: ExternalIndexWithIndicators },
      },
    },
    async (req) => saveExternalIndicators(app.db, req.requireActor(), req.params.id, req.body),
  );
}
