import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-accounts';
import { seedDemoIfEmpty } from './demo/seed-demo';
import { startScheduler } from './jobs/scheduler';
import { features } from './modules/index';
import { startDemoSource } from './modules/sources/demo-standin';

/** `npm start`: the server and the web app, with demo data on an empty database. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Cấu hình chưa đúng: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const app = await buildApp(config);
  const seeded = await seedDemoIfEmpty(app.db, features);
  // The demo source reads a stand-in of the province's one-stop system on loopback (DEMO_SOURCE=off: none).
  const stopDemoSource = await startDemoSource(app);
  await app.listen({ port: config.port, host: config.host });
  const stopScheduler = startScheduler(app);
  const url = `http://localhost:${(app.server.address() as { port: number }).port}`;
  const lines = [
    '',
    `  cchc — Quản lý cải cách hành chính đang chạy tại ${url}`,
    `  Cơ sở dữ liệu: ${app.database.kind === 'pglite' ? `PGlite (nhúng) trong ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    seeded ? '  Đã tạo dữ liệu mẫu (Sở GD&ĐT Hải Phòng).' : '',
    `  Tài khoản mẫu (mật khẩu ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map((u) => `    ${u.username.padEnd(12)} ${u.roleLabel}`),
    '',
  ];
  console.log(lines.filter((l) => l !== '').join('\n'));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopScheduler();
      Promise.all([app.close(), stopDemoSource?.()]).then(() => process.exit(0));
    });
  }
}

main().catch((err) => {
  console.error('Không khởi động được máy chủ:', err instanceof Error ? err.message : err);
  process.exit(1);
});
