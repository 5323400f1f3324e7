import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { AppConfig } from './config';
import { openDatabase, type Database, type Db } from './db/client';
import { DiskFileStore, type FileStore } from './files/file-store';
import { authPlugin } from './plugins/auth';
import { actorFromSession } from './modules/auth/auth.service';
import { errorHandlerPlugin } from './plugins/error-handler';
import { originCheckPlugin } from './plugins/origin-check';
import { features } from './modules/index';
import type { OrgChangeParticipant } from './modules/org-units/org-change-participant';
import { registerMetrics } from './metrics/registry';
import { createMailer, type Mailer } from './mail/mailer';

// Zod's own Vietnamese messages for validation errors that a contract does not word itself.
z.config(z.locales.vi());

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig;
    database: Database;
    db: Db;
    fileStore: FileStore;
    mailer: Mailer;
    /** The features' parts in a change of the organisation (their records that move with a unit). */
    orgChangeParticipants: OrgChangeParticipant[];
    /** Every route registered, for the permission-matrix test that proves each one is guarded. */
    routeList: Array<{ method: string; url: string; public: boolean }>;
  }
  interface FastifyContextConfig {
    /** A route citizens use without an account (rate-limited, excluded from the staff permission matrix). */
    public?: boolean;
  }
}

/** Builds the whole server; main.ts, the CLI and the tests call it. The database is opened and migrated unless one is passed in. */
export async function buildApp(config: AppConfig, deps: { database?: Database; fileStore?: FileStore; mailer?: Mailer } = {}): Promise<FastifyInstance> {
  const database = deps.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, inMemory: config.inMemoryDatabase }));
  if (!deps.database) await database.migrate();

  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('db', database.db);
  app.decorate('fileStore', deps.fileStore ?? new DiskFileStore(join(config.dataDir, 'files')));
  app.decorate('mailer', deps.mailer ?? createMailer(config.smtp));
  if (!deps.database) app.addHook('onClose', async () => database.close());

  app.decorate(
    'orgChangeParticipants',
    features.flatMap((f) => f.orgChanges ?? []),
  );
  const routeList: FastifyInstance['routeList'] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routeList.push({ method, url: route.url, public: Boolean((route.config as { public?: boolean } | undefined)?.public) });
    }
  });
  await app.register(errorHandlerPlugin);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes + 1, files: 5, fields: 20, fieldSize: 100_000 } });
  await app.register(originCheckPlugin, { allowedOrigins: config.allowedOrigins });
  await app.register(authPlugin, { actorFromSession: (token, ip) => actorFromSession(database.db, token, ip) });
  await app.register(swagger, {
    openapi: {
      info: { title: 'cchc — Quản lý cải cách hành chính', description: 'API của hệ thống quản lý CCHC ngành Giáo dục và Đào tạo', version: '0.1.0' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cchc_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'Khóa truy cập cho hệ thống khác (Quản trị → Khóa truy cập)' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  for (const feature of features) {
    registerMetrics(feature.metrics ?? []);
    for (const routes of feature.routes) await app.register(routes);
  }
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (config.serveWeb && existsSync(join(config.webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: config.webDist, wildcard: false, index: false });
    // The web app routes on the client: any non-API path gets index.html.
    app.get('/*', { schema: { hide: true } }, (req, reply) => {
      if (req.url.startsWith('/api/')) return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `Không có địa chỉ ${req.url}.` } });
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    });
  }
  return app;
}
