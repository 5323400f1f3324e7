// `npm start` plays the province's one-stop system for the demo source: a stand-in on loopback with a few months
// of dossiers, whose clock follows the real one and which resolves and receives dossiers as time goes by, so the
// source's runs, lag and reconciliation have something to show. DEMO_SOURCE=off turns it off.
import type { FastifyInstance } from 'fastify';
import * as clock from '../../clock';
import { sealCredentials } from './credentials';
import { DEMO_SOURCE_CODE } from './source.demo';
import { sourceRepository } from './source.repository';
import { startOneStopStandin } from './standin/one-stop-server';
import { EDUCATION_PROCEDURES } from '../dossiers/procedure-catalogue';

/** Starts the stand-in when the demo source exists; returns a stop function, or null. */
export async function startDemoSource(app: FastifyInstance): Promise<(() => Promise<void>) | null> {
  if (!app.config.demoSource.enabled) return null;
  const source = await sourceRepository.getByCode(app.db, DEMO_SOURCE_CODE);
  if (!source) return null;
  const standin = await startOneStopStandin({
    count: 3000,
    now: clock.now().getTime(),
    spanDays: 120,
    seed: 2025,
    malformedEvery: 700,
    procedures: EDUCATION_PROCEDURES.map((p) => ({ code: p.code, name: p.name, days: p.workingDays ?? 1 })),
    port: app.config.demoSource.port,
  });
  await sourceRepository.update(app.db, source.id, {
    config: { ...(source.config as Record<string, unknown>), baseUrl: standin.url },
    credentials: sealCredentials(app.config.sessionSecret, { username: standin.username, password: standin.password }),
    credentialsUsername: standin.username,
  });
  // Every minute the source's clock catches up with the real one: a dossier in progress is resolved, one arrives.
  const timer = setInterval(() => {
    standin.store.advance(clock.now().getTime() - standin.store.now);
    const open = standin.store.wellFormed().find((d) => d.record.TrangThaiHoSo === '4');
    if (open) standin.store.resolve(String(open.record.MaHoSo));
    standin.store.receive(1);
  }, 60_000);
  timer.unref();
  app.log.info({ url: standin.url }, 'demo one-stop source started');
  return async () => {
    clearInterval(timer);
    await standin.close();
  };
}
