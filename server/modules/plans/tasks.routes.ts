import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../contracts/common';
import { CancelTaskRequest, EditTaskRequest, MyTasks, Task, TaskDetail, TaskUpdateRequest } from '../../../contracts/plans';
import { cancelTask, restoreTask } from './task-cancel.service';
import { deleteTask, editTask } from './task-edit.service';
import { attachmentHeader } from '../files/file.routes';
import { exportMyTasks } from './progress.service';
import { addTaskUpdate, getTask, myTasks } from './task.service';
import * as clock from '../../clock';

const MineQuery = z.object({
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng YYYY-MM-DD.')
    .optional(),
  days: z.coerce.number().int().min(1).max(90).default(14),
});
const tags = ['plans'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function taskRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/tasks/mine',
    { schema: { tags, summary: 'Nhiệm vụ của đơn vị tôi: sắp đến hạn, quá hạn', querystring: MineQuery, response: { 200: MyTasks } } },
    async (req) => myTasks(app.db, req.requireActor(), req.query.asOf ?? clock.today(), req.query.days),
  );
  r.get(
    '/api/tasks/mine/export.xlsx',
    { schema: { tags, summary: 'Xuất Excel nhiệm vụ của đơn vị tôi', querystring: MineQuery, response: { 200: z.any() } } },
    async (req, reply) => {
      const file = await exportMyTasks(app.db, req.requireActor(), req.query.asOf ?? clock.today(), req.query.days);
      return reply.header('Content-Type', XLSX).header('Content-Disposition', attachmentHeader(file.name)).send(file.bytes);
    },
  );
  r.get(
    '/api/tasks/:id',
    {
      schema: {
        tags,
        summary: 'Nhiệm vụ và lịch sử cập nhật',
        params: IdParams,
        querystring: z.object({ asOf: z.string().optional() }),
        response: { 200: TaskDetail },
      },
    },
    async (req) => getTask(app.db, req.requireActor(), req.params.id, req.query.asOf ?? clock.today()),
  );
  r.patch(
    '/api/tasks/:id',
    { schema: { tags, summary: 'Sửa nhiệm vụ (khi kế hoạch còn sửa được, hoặc Văn phòng)', params: IdParams, body: EditTaskRequest, response: { 200: Task } } },
    async (req) => editTask(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.delete(
    '/api/tasks/:id',
    { schema: { tags, summary: 'Xoá nhiệm vụ nhập nhầm (chưa có cập nhật tiến độ/ghi chú)', params: IdParams } },
    async (req, reply) => {
      await deleteTask(app.db, req.requireActor(), req.params.id);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/tasks/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Hủy nhiệm vụ theo quyết định điều chỉnh kế hoạch (giữ lịch sử, không tính vào kết quả)',
        params: IdParams,
        body: CancelTaskRequest,
        response: { 200: Task },
      },
    },
    async (req) => cancelTask(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.post('/api/tasks/:id/restore', { schema: { tags, summary: 'Khôi phục nhiệm vụ đã hủy', params: IdParams, response: { 200: Task } } }, async (req) =>
    restoreTask(app.db, req.requireActor(), req.params.id),
  );
  r.post(
    '/api/tasks/:id/updates',
    {
      schema: {
        tags,
        summary: 'Cập nhật tiến độ (đơn vị chủ trì) hoặc ghi chú (đơn vị phối hợp), kèm minh chứng',
        params: IdParams,
        body: TaskUpdateRequest,
        response: { 201: Task },
      },
    },
    async (req, reply) => reply.code(201).send(await addTaskUpdate(app.db, req.requireActor(), req.params.id, req.body)),
  );
}
