import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../contracts/common';
import { Kpi766Report } from '../../../contracts/kpi766';
import {
  ApiToken,
  ApiTokenList,
  CreateApiTokenRequest,
  CreatedApiToken,
  OutboundDossierPage,
  OutboundDossierQuery,
  OutboundKpi766Query,
} from '../../../contracts/outbound';
import type { Actor } from '../../auth/permissions';
import { unauthenticated } from '../../errors';
import { actorFromApiKey, createApiToken, listApiTokens, revokeApiToken } from './api-token.service';
import { dossierExtract, dossierExtractCsv, kpi766Csv, kpi766Figures } from './outbound.service';

const CSV = 'text/csv; charset=utf-8';
// Other systems call with a key; a signed-in officer may call the same addresses from the browser.
const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];

export async function outboundRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const caller = async (req: FastifyRequest): Promise<Actor> => {
    const actor = req.actor ?? (await actorFromApiKey(app.db, req.headers.authorization));
    if (!actor) throw unauthenticated();
    return actor;
  };
  r.get(
    '/api/outbound/kpi766',
    {
      schema: {
        tags: ['outbound'],
        summary: 'Bộ chỉ số 766 của đơn vị (JSON), cho hệ thống báo cáo của tỉnh',
        security,
        querystring: OutboundKpi766Query,
        response: { 200: Kpi766Report },
      },
    },
    async (req) => kpi766Figures(app.db, await caller(req), req.query),
  );
  r.get(
    '/api/outbound/kpi766.csv',
    {
      schema: {
        tags: ['outbound'],
        summary: 'Bộ chỉ số 766 của đơn vị (CSV: số liệu, chỉ số, nhóm, tổng)',
        security,
        querystring: OutboundKpi766Query,
        produces: ['text/csv'],
      },
    },
    async (req, reply) =>
      reply
        .type(CSV)
        .header('content-disposition', `attachment; filename="bo-chi-so-766-${req.query.year}.csv"`)
        .send(await kpi766Csv(app.db, await caller(req), req.query)),
  );
  r.get(
    '/api/outbound/dossiers',
    {
      schema: {
        tags: ['outbound'],
        summary: 'Trích xuất sổ theo dõi hồ sơ (JSON, theo trang; không có họ tên, số điện thoại người nộp)',
        security,
        querystring: OutboundDossierQuery,
        response: { 200: OutboundDossierPage },
      },
    },
    async (req) => dossierExtract(app.db, await caller(req), req.query),
  );
  r.get(
    '/api/outbound/dossiers.csv',
    {
      schema: {
        tags: ['outbound'],
        summary: 'Trích xuất sổ theo dõi hồ sơ (CSV, theo trang; tổng số dòng trong X-Total-Count)',
        security,
        querystring: OutboundDossierQuery,
        produces: ['text/csv'],
      },
    },
    async (req, reply) => {
      const { csv, total } = await dossierExtractCsv(app.db, await caller(req), req.query);
      return reply.type(CSV).header('x-total-count', String(total)).header('content-disposition', 'attachment; filename="so-theo-doi-ho-so.csv"').send(csv);
    },
  );
  r.get('/api/api-tokens', { schema: { tags: ['outbound'], summary: 'Khóa truy cập của hệ thống khác', response: { 200: ApiTokenList } } }, async (req) =>
    listApiTokens(app.db, req.requireActor()),
  );
  r.post(
    '/api/api-tokens',
    { schema: { tags: ['outbound'], summary: 'Tạo khóa truy cập (khóa chỉ hiện một lần)', body: CreateApiTokenRequest, response: { 201: CreatedApiToken } } },
    async (req, reply) => reply.code(201).send(await createApiToken(app.db, req.requireActor(), req.body)),
  );
  r.post(
    '/api/api-tokens/:id/revoke',
    { schema: { tags: ['outbound'], summary: 'Thu hồi khóa truy cập', params: IdParams, response: { 200: ApiToken } } },
    async (req) => revokeApiToken(app.db, req.requireActor(), req.params.id),
  );
}
