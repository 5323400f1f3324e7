import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../contracts/common';
import { MyTasks, Task, TaskDetail, TaskUpdateRequest } from '../../../contracts/plans';
import { addTaskUpdate, getTask, myTasks, todayIso } from './task.service';

const MineQuery = z.object({
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng YYYY-MM-DD.').optional(),
  days: z.coerce.number().int().min(1).max(90).default(14),
});
const tags = ['plans'];

export async function taskRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/tasks/mine', { schema: { tags, summary: 'Nhiệm vụ của đơn vị tôi: sắp đến hạn, quá hạn', querystring: MineQuery, response: { 200: MyTasks } } }, async (req) =>
    myTasks(app.db, req.requireActor(), req.query.asOf ?? todayIso(), req.query.days),
  );
  r.get('/api/tasks/:id', { schema: { tags, summary: 'Nhiệm vụ và lịch sử cập nhật', params: IdParams, querystring: z.object({ asOf: z.string().optional() }), response: { 200: TaskDetail } } }, async (req) =>
    getTask(app.db, req.requireActor(), req.params.id, req.query.asOf ?? todayIso()),
  );
  r.post('/api/tasks/:id/updates', { schema: { tags, summary: 'Cập nhật tiến độ (đơn vị chủ trì) hoặc ghi chú (đơn vị phối hợp), kèm minh chứng', params: IdParams, body: TaskUpdateRequest, response: { 201: Task } } }, async (req, reply) =>
    reply.code(201).send(await addTaskUpdate(app.db, req.requireActor(), req.params.id, req.body)),
  );
}
