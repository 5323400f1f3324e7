import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { healthRepository } from './health.repository';

export const Health = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });

export async function healthRoutes(app: FastifyInstance) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/api/health', { schema: { tags: ['system'], summary: 'Tình trạng máy chủ và cơ sở dữ liệu', response: { 200: Health } } }, async () => {
      await healthRepository.ping(app.db);
      return { status: 'ok' as const, database: app.database.kind };
    });
}
