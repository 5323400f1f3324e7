import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CopyFrameworkRequest,
  EvaluateReply,
  EvaluateRequest,
  ExternalIndexResult,
  ExternalIndexResultList,
  FrameworkCodeParams,
  FrameworkDetail,
  FrameworkList,
  FrameworkVersionQuery,
  ImportFrameworkRequest,
  RankingQuery,
  RankingReply,
  SaveExternalIndexResultRequest,
} from '../../../contracts/frameworks';
import { copyFramework, evaluateFramework, getFramework, importFramework, listFrameworks } from './framework.service';
import { listExternalResults, ranking, saveExternalResult } from './results.service';

export async function frameworkRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['frameworks'];
  r.get('/api/frameworks', { schema: { tags, summary: 'Các bộ chỉ số CCHC và phiên bản', response: { 200: FrameworkList } } }, async (req) =>
    listFrameworks(app.db, req.requireActor()),
  );
  r.post(
    '/api/frameworks',
    { schema: { tags, summary: 'Nhập bộ chỉ số (JSON) thành phiên bản mới', body: ImportFrameworkRequest, response: { 201: FrameworkDetail } } },
    async (req, reply) => reply.code(201).send(await importFramework(app.db, req.requireActor(), req.body.document)),
  );
  r.get(
    '/api/frameworks/:code',
    {
      schema: {
        tags,
        summary: 'Một phiên bản bộ chỉ số (mới nhất nếu không ghi)',
        params: FrameworkCodeParams,
        querystring: FrameworkVersionQuery,
        response: { 200: FrameworkDetail },
      },
    },
    async (req) => getFramework(app.db, req.requireActor(), req.params.code, req.query.version),
  );
  r.post(
    '/api/frameworks/:code/copy',
    {
      schema: { tags, summary: 'Sao chép bộ chỉ số sang năm mới', params: FrameworkCodeParams, body: CopyFrameworkRequest, response: { 201: FrameworkDetail } },
    },
    async (req, reply) => reply.code(201).send(await copyFramework(app.db, req.requireActor(), req.params.code, req.body)),
  );
  r.post(
    '/api/frameworks/:code/evaluate',
    {
      schema: {
        tags,
        summary: 'Chấm thử (không lưu) theo số liệu đầu vào',
        params: FrameworkCodeParams,
        body: EvaluateRequest,
        response: { 200: EvaluateReply },
      },
    },
    async (req) => evaluateFramework(app.db, req.requireActor(), req.params.code, req.body),
  );
  r.get(
    '/api/frameworks/:code/ranking',
    {
      schema: {
        tags,
        summary: 'Xếp hạng đơn vị theo kết quả thẩm định đã công bố',
        params: FrameworkCodeParams,
        querystring: RankingQuery,
        response: { 200: RankingReply },
      },
    },
    async (req) => ranking(app.db, req.requireActor(), req.params.code, req.query.year),
  );
  r.get(
    '/api/external-index-results',
    { schema: { tags, summary: 'Kết quả chỉ số do tỉnh/thành công bố các năm', response: { 200: ExternalIndexResultList } } },
    async (req) => listExternalResults(app.db, req.requireActor()),
  );
  r.post(
    '/api/external-index-results',
    {
      schema: {
        tags,
        summary: 'Ghi kết quả chỉ số đã công bố (điểm, thứ hạng "02/18")',
        body: SaveExternalIndexResultRequest,
        response: { 200: ExternalIndexResult },
      },
    },
    async (req) => saveExternalResult(app.db, req.requireActor(), req.body),
  );
}
