import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../contracts/common';
import {
  CreatePlanRequest,
  CreateTargetRequest,
  CreateTaskRequest,
  DepartmentProgress,
  EditTargetRequest,
  ProgressQuery,
  StatsQuery,
  ImportPreview,
  ImportResult,
  Plan,
  PlanList,
  PlanListQuery,
  PlanStats,
  PlanTransitionRequest,
  SubmissionList,
  SubmissionQuery,
  Target,
  TargetList,
  Task,
  TaskList,
  TaskQuery,
  TypedValueRequest,
} from '../../../contracts/plans';
import { DomainError } from '../../errors';
import { attachmentHeader } from '../files/file.routes';
import { exportPlan } from './export.service';
import { commitImport, previewImport } from './import.service';
import { createPlan, getPlan, listPlans, planSubmissions, transitionPlan } from './plan.service';
import { departmentProgress, exportDepartmentProgress } from './progress.service';
import { planStats } from './stats.service';
import { createTarget, deleteTarget, editTarget, listTargets, setTypedValue } from './target.service';
import { createTask, listPlanTasks } from './task.service';
import * as clock from '../../clock';

const AsOfQuery = z.object({
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng YYYY-MM-DD.')
    .optional(),
});
const tags = ['plans'];

/** The uploaded .xlsx of an import request (multipart, field "file"). */
async function uploadedXlsx(req: FastifyRequest, maxBytes: number): Promise<{ name: string; bytes: Buffer }> {
  if (!req.isMultipart()) throw new DomainError('NOT_MULTIPART', 'Gửi tệp Excel bằng biểu mẫu multipart/form-data với trường "file".', 415);
  const part = await req.file({ limits: { fileSize: maxBytes + 1, files: 1 } });
  if (!part) throw new DomainError('FILE_MISSING', 'Chưa chọn tệp Excel để nhập (trường "file").', 400, { field: 'file' });
  const bytes = await part.toBuffer().catch(() => {
    throw new DomainError('FILE_TOO_LARGE', `Tệp lớn hơn ${Math.round(maxBytes / 1048576)} MB.`, 413, { field: 'file' });
  });
  return { name: part.filename, bytes };
}

export async function planRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/plans', { schema: { tags, summary: 'Danh sách kế hoạch CCHC', querystring: PlanListQuery, response: { 200: PlanList } } }, async (req) =>
    listPlans(app.db, req.requireActor(), req.query),
  );
  r.post(
    '/api/plans',
    { schema: { tags, summary: 'Tạo kế hoạch CCHC năm của đơn vị', body: CreatePlanRequest, response: { 201: Plan } } },
    async (req, reply) => reply.code(201).send(await createPlan(app.db, req.requireActor(), req.body)),
  );
  r.get(
    '/api/plans/submissions',
    { schema: { tags, summary: 'Đơn vị đã/chưa gửi kế hoạch đúng hạn', querystring: SubmissionQuery, response: { 200: SubmissionList } } },
    async (req) => planSubmissions(app.db, req.requireActor(), req.query),
  );
  r.get(
    '/api/plans/progress',
    {
      schema: {
        tags,
        summary: 'Tiến độ toàn ngành: kế hoạch của Sở và của các đơn vị trực thuộc trong năm',
        querystring: ProgressQuery,
        response: { 200: DepartmentProgress },
      },
    },
    async (req) => departmentProgress(app.db, req.requireActor(), req.query.year, req.query.asOf ?? clock.today(), req.query.structure),
  );
  r.get(
    '/api/plans/progress/export.xlsx',
    { schema: { tags, summary: 'Xuất Excel thống kê tiến độ toàn ngành', querystring: ProgressQuery, response: { 200: z.any() } } },
    async (req, reply) => {
      const file = await exportDepartmentProgress(app.db, req.requireActor(), req.query.year, req.query.asOf ?? clock.today(), req.query.structure);
      return reply
        .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', attachmentHeader(file.name))
        .send(file.bytes);
    },
  );
  r.get('/api/plans/:id', { schema: { tags, summary: 'Một kế hoạch', params: IdParams, response: { 200: Plan } } }, async (req) =>
    getPlan(app.db, req.requireActor(), req.params.id),
  );
  r.post(
    '/api/plans/:id/transition',
    { schema: { tags, summary: 'Trình, phê duyệt, trả lại, chỉnh sửa lại kế hoạch', params: IdParams, body: PlanTransitionRequest, response: { 200: Plan } } },
    async (req) => transitionPlan(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.get(
    '/api/plans/:id/tasks',
    { schema: { tags, summary: 'Nhiệm vụ của kế hoạch (lọc)', params: IdParams, querystring: TaskQuery, response: { 200: TaskList } } },
    async (req) => {
      const q = req.query;
      const needle = q.q?.trim().toLowerCase();
      return (await listPlanTasks(app.db, req.requireActor(), req.params.id, q.asOf ?? clock.today())).filter(
        (t) =>
          (!q.areaKey || t.areaKey === q.areaKey) &&
          (!q.leadUnitId || t.leadUnitId === q.leadUnitId) &&
          (!q.source || t.source === q.source) &&
          (!q.priority || t.priority === q.priority) &&
          (!q.outcome || (t.outcome === q.outcome && !t.cancellation)) &&
          (!q.state || (q.state === 'cancelled') === (t.cancellation !== null)) &&
          (!needle || t.content.toLowerCase().includes(needle)),
      );
    },
  );
  r.post(
    '/api/plans/:id/tasks',
    { schema: { tags, summary: 'Thêm nhiệm vụ', params: IdParams, body: CreateTaskRequest, response: { 201: Task } } },
    async (req, reply) => {
      const actor = req.requireActor();
      const task = await app.db.transaction((tx) => createTask(tx, actor, { ...req.body, planId: req.params.id }));
      return reply.code(201).send(task);
    },
  );
  r.get(
    '/api/plans/:id/stats',
    {
      schema: {
        tags,
        summary: 'Thống kê kết quả thực hiện nhiệm vụ (theo lĩnh vực, đơn vị, nguồn; cơ cấu của kế hoạch hoặc cơ cấu hôm nay)',
        params: IdParams,
        querystring: StatsQuery,
        response: { 200: PlanStats },
      },
    },
    async (req) => planStats(app.db, req.requireActor(), req.params.id, req.query.asOf ?? clock.today(), req.query.structure),
  );
  r.get(
    '/api/plans/:id/targets',
    { schema: { tags, summary: 'Chỉ tiêu: thực tế so với chỉ tiêu', params: IdParams, querystring: AsOfQuery, response: { 200: TargetList } } },
    async (req) => listTargets(app.db, req.requireActor(), req.params.id, req.query.asOf ?? clock.today()),
  );
  r.post(
    '/api/plans/:id/targets',
    { schema: { tags, summary: 'Thêm chỉ tiêu', params: IdParams, body: CreateTargetRequest, response: { 201: Target } } },
    async (req, reply) => reply.code(201).send(await createTarget(app.db, req.requireActor(), req.params.id, req.body)),
  );
  r.patch(
    '/api/plan-targets/:id',
    { schema: { tags, summary: 'Sửa chỉ tiêu', params: IdParams, body: EditTargetRequest, response: { 200: Target } } },
    async (req) => editTarget(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.delete('/api/plan-targets/:id', { schema: { tags, summary: 'Xoá chỉ tiêu', params: IdParams } }, async (req, reply) => {
    await deleteTarget(app.db, req.requireActor(), req.params.id);
    return reply.code(204).send();
  });
  r.put(
    '/api/plan-targets/:id/value',
    { schema: { tags, summary: 'Nhập số liệu thực tế của chỉ tiêu (kèm minh chứng)', params: IdParams, body: TypedValueRequest, response: { 200: Target } } },
    async (req) => setTypedValue(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.post(
    '/api/plans/:id/import/preview',
    {
      schema: {
        tags,
        summary: 'Xem trước nhập phụ lục nhiệm vụ từ Excel (multipart: file)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: ImportPreview },
      },
    },
    async (req) => {
      return previewImport(app.db, req.requireActor(), req.params.id, () => uploadedXlsx(req, app.config.maxUploadBytes));
    },
  );
  r.post(
    '/api/plans/:id/import',
    {
      schema: {
        tags,
        summary: 'Nhập phụ lục nhiệm vụ từ Excel: lưu tất cả hoặc không lưu gì',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: ImportResult },
      },
    },
    async (req, reply) => {
      return reply.code(201).send(await commitImport(app.db, req.requireActor(), req.params.id, () => uploadedXlsx(req, app.config.maxUploadBytes)));
    },
  );
  r.get(
    '/api/plans/:id/export.xlsx',
    { schema: { tags, summary: 'Xuất kế hoạch, bảng nhiệm vụ và thống kê ra Excel', params: IdParams, querystring: AsOfQuery, response: { 200: z.any() } } },
    async (req, reply) => {
      const file = await exportPlan(app.db, req.requireActor(), req.params.id, req.query.asOf ?? clock.today());
      return reply
        .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', attachmentHeader(file.name))
        .send(file.bytes);
    },
  );
}
