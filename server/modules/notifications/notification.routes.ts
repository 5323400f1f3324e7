import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OkReply } from '../../../contracts/common';
import { listMyNotifications, markRead } from './notification.service';

export const Notification = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const NotificationList = z.object({ unread: z.number(), items: z.array(Notification) });

export async function notificationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Thông báo của tôi',
        querystring: z.object({ unread: z.enum(['true', 'false']).optional() }),
        response: { 200: NotificationList },
      },
    },
    async (req) => listMyNotifications(app.db, req.requireActor(), { unreadOnly: req.query.unread === 'true' }),
  );
  r.post(
    '/api/notifications/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Đánh dấu đã đọc',
        body: z.object({ ids: z.array(z.number().int().positive()).max(500) }),
        response: { 200: OkReply },
      },
    },
    async (req) => {
      await markRead(app.db, req.requireActor(), req.body.ids);
      return { ok: true as const };
    },
  );
}
