import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything the server reads from its environment, checked once at start. */
export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL connection string; null means the embedded PGlite database under dataDir. */
  databaseUrl: string | null;
  /** In-memory PGlite (tests): nothing is written to disk. */
  inMemoryDatabase: boolean;
  sessionSecret: string;
  sessionTtlHours: number;
  /** Set the Secure flag on cookies (behind HTTPS). */
  cookieSecure: boolean;
  /** Extra origins allowed on state-changing requests, besides the server's own host. */
  allowedOrigins: string[];
  maxUploadBytes: number;
  smtp: { host: string; port: number; user?: string; pass?: string; from: string; secure: boolean } | null;
  /** Serve the built web app (off in API-only tests). */
  serveWeb: boolean;
  /** Folder of the built web app: web/dist, or CCHC_WEB_DIST (parallel test runs each serve their own build). */
  webDist: string;
  /** Trust X-Forwarded-* headers (behind a reverse proxy). */
  trustProxy: boolean;
  logLevel: string;
  /** Rate limits: login attempts per minute per address, public requests per minute per address. */
  rateLimits: { loginPerMinute: number; publicPerMinute: number };
  /** Working days before a dossier's due date at which it shows as "sắp đến hạn". */
  dossierAtRiskWorkingDays: number;
  /** Days before a task's deadline its lead unit is reminded. */
  taskReminderDaysBefore: number;
  /** `npm start`'s stand-in of the province's one-stop system for the demo source (DEMO_SOURCE=off: none), on a port (0: any free). */
  demoSource: { enabled: boolean; port: number };
  /** The public site: the contact line of its footer, and whether a feedback must name its sender. */
  publicSite: { contact: string | null; senderRequired: boolean };
}

/** A configuration problem, reported in words the operator can act on. */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function intFrom(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`Biến môi trường ${name}="${raw}" không hợp lệ: cần số nguyên từ ${min} đến ${max}.`);
  }
  return n;
}

function boolFrom(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new ConfigError(`Biến môi trường ${name}="${raw}" không hợp lệ: cần true hoặc false.`);
}

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'on' || raw === 'off') return raw === 'on';
  throw new ConfigError(`Biến môi trường ${name}="${raw}" không hợp lệ: cần on hoặc off.`);
}

/** Reads the session secret from SESSION_SECRET, or from DATA_DIR/session-secret, creating it once. */
function sessionSecretFrom(env: Env, dataDir: string, persist: boolean): string {
  const given = env.SESSION_SECRET;
  if (given) {
    if (given.length < 32) throw new ConfigError('SESSION_SECRET quá ngắn: cần ít nhất 32 ký tự ngẫu nhiên.');
    return given;
  }
  if (!persist) return randomBytes(32).toString('hex');
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Builds the configuration from environment variables; throws ConfigError with a Vietnamese message. */
export function loadConfig(env: Env = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const dataDir = resolve(overrides.dataDir ?? env.DATA_DIR ?? './data');
  const inMemoryDatabase = overrides.inMemoryDatabase ?? false;
  if (!inMemoryDatabase) mkdirSync(dataDir, { recursive: true });
  const databaseUrl = overrides.databaseUrl !== undefined ? overrides.databaseUrl : env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL phải có dạng postgres://người_dùng:mật_khẩu@máy:cổng/tên_csdl.');
  }
  const smtpHost = env.SMTP_HOST;
  const config: AppConfig = {
    port: intFrom(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir,
    databaseUrl,
    inMemoryDatabase,
    sessionSecret: overrides.sessionSecret ?? sessionSecretFrom(env, dataDir, !inMemoryDatabase),
    sessionTtlHours: intFrom(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
    cookieSecure: env.COOKIE_SECURE === 'true',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    maxUploadBytes: intFrom(env, 'MAX_UPLOAD_MB', 20, 1, 500) * 1024 * 1024,
    smtp: smtpHost
      ? {
          host: smtpHost,
          port: intFrom(env, 'SMTP_PORT', 587, 1, 65535),
          user: env.SMTP_USER || undefined,
          pass: env.SMTP_PASS || undefined,
          from: env.SMTP_FROM || 'cchc@localhost',
          secure: env.SMTP_SECURE === 'true',
        }
      : null,
    serveWeb: true,
    webDist: resolve(env.CCHC_WEB_DIST || join(ROOT, 'web', 'dist')),
    trustProxy: boolFrom(env, 'TRUST_PROXY', false),
    logLevel: env.LOG_LEVEL || 'info',
    rateLimits: {
      loginPerMinute: intFrom(env, 'RATE_LIMIT_LOGIN_PER_MINUTE', 10, 1, 10_000),
      publicPerMinute: intFrom(env, 'RATE_LIMIT_PUBLIC_PER_MINUTE', 60, 1, 100_000),
    },
    dossierAtRiskWorkingDays: intFrom(env, 'DOSSIER_AT_RISK_DAYS', 2, 0, 30),
    taskReminderDaysBefore: intFrom(env, 'TASK_REMINDER_DAYS_BEFORE', 7, 0, 60),
    demoSource: { enabled: onOff(env, 'DEMO_SOURCE', true), port: intFrom(env, 'DEMO_SOURCE_PORT', 0, 0, 65535) },
    publicSite: { contact: env.PUBLIC_CONTACT?.trim() || null, senderRequired: boolFrom(env, 'FEEDBACK_REQUIRE_SENDER', false) },
  };
  return { ...config, ...overrides, rateLimits: { ...config.rateLimits, ...overrides.rateLimits } };
}
