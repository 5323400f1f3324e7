import { parseArgs } from 'node:util';
import { hashPassword } from '../auth/passwords';
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { backupDatabase, restoreDatabase } from '../db/backup';
import { orgUnits, users } from '../db/schema/index';
import { seedDemoIfEmpty } from '../demo/seed-demo';
import { features } from '../modules/index';
import { NewPassword } from '../../contracts/auth';
import { isNull } from 'drizzle-orm';

const HELP = `cchc — công cụ dòng lệnh

  cchc migrate                      Tạo/cập nhật cấu trúc cơ sở dữ liệu
  cchc seed-demo                    Nạp dữ liệu mẫu (chỉ khi cơ sở dữ liệu trống)
  cchc create-admin --username U --password P [--name "Họ tên"]
                                    Tạo tài khoản quản trị hệ thống
  cchc backup <tệp.cchc.gz>         Sao lưu toàn bộ cơ sở dữ liệu
  cchc restore <tệp.cchc.gz>        Khôi phục vào cơ sở dữ liệu trống

Cấu hình qua biến môi trường: DATA_DIR (mặc định ./data) hoặc DATABASE_URL (PostgreSQL).`;

/** Runs one CLI command; returns the exit code. */
export async function runCli(argv: string[], env: Record<string, string | undefined> = process.env, out = console): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    out.log(HELP);
    return command ? 0 : 2;
  }
  const config = loadConfig(env);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    switch (command) {
      case 'migrate':
        out.log(`Đã cập nhật cấu trúc cơ sở dữ liệu (${database.kind}).`);
        return 0;
      case 'seed-demo': {
        const seeded = await seedDemoIfEmpty(database.db, features);
        out.log(seeded ? 'Đã nạp dữ liệu mẫu.' : 'Cơ sở dữ liệu đã có dữ liệu: không nạp dữ liệu mẫu.');
        return 0;
      }
      case 'create-admin': {
        const { values } = parseArgs({ args: rest, options: { username: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } } });
        if (!values.username || !values.password) {
          out.error('Cần --username và --password.');
          return 2;
        }
        const check = NewPassword.safeParse(values.password);
        if (!check.success) {
          out.error(check.error.issues[0].message);
          return 2;
        }
        const [root] = await database.db.select().from(orgUnits).where(isNull(orgUnits.parentId)).limit(1);
        const unit =
          root ?? (await database.db.insert(orgUnits).values({ code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', type: 'department', path: '' }).returning())[0];
        if (!root) await database.db.update(orgUnits).set({ path: `/${unit.id}/` });
        await database.db.insert(users).values({
          username: values.username.trim().toLowerCase(),
          fullName: values.name ?? 'Quản trị hệ thống',
          role: 'admin',
          unitId: unit.id,
          passwordHash: await hashPassword(values.password),
        });
        out.log(`Đã tạo tài khoản quản trị "${values.username}".`);
        return 0;
      }
      case 'backup': {
        if (!rest[0]) {
          out.error('Cần tên tệp sao lưu, ví dụ: cchc backup sao-luu.cchc.gz');
          return 2;
        }
        const counts = await backupDatabase(database.db, rest[0]);
        out.log(`Đã sao lưu ${Object.values(counts).reduce((a, b) => a + b, 0)} dòng của ${Object.keys(counts).length} bảng vào ${rest[0]}.`);
        return 0;
      }
      case 'restore': {
        if (!rest[0]) {
          out.error('Cần tên tệp sao lưu, ví dụ: cchc restore sao-luu.cchc.gz');
          return 2;
        }
        const counts = await restoreDatabase(database.db, rest[0]);
        out.log(`Đã khôi phục ${Object.values(counts).reduce((a, b) => a + b, 0)} dòng từ ${rest[0]}.`);
        return 0;
      }
      default:
        out.error(`Lệnh không có: ${command}\n\n${HELP}`);
        return 2;
    }
  } catch (err) {
    out.error(err instanceof ConfigError ? `Cấu hình chưa đúng: ${err.message}` : `Lỗi: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await database.close();
  }
}

if (process.argv[1] && /cli[\\/]main\.ts$|bin[\\/]cchc(\.js)?$/.test(process.argv[1])) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
