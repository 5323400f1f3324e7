// A stand-in for the province's one-stop information system, on loopback: the test double of a remote system,
// started by the tests and, for the demo source, by `npm start`. It speaks the format documented in
// server/modules/sources/CONNECTORS.md (login with user name and password for a session token; dossiers in the
// national portal's synchronisation fields, paged, filtered by last change; processing history; monthly figures;
// answers with error_code/message and the source's clock in the Date header), and it misbehaves on request:
// slow answers, a 500 on a page, a page cut off mid-answer.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OneStopStore, type StandinOptions } from './one-stop-data';

export interface StandinFaults {
  /** Every list answer waits this long. */
  delayMs: number;
  /** Pages (0-based) whose next request answers 500 (once each). */
  fail500: Set<number>;
  /** Pages whose next answer is cut off halfway (the connection drops). */
  cut: Set<number>;
}

export interface OneStopStandin {
  url: string;
  store: OneStopStore;
  faults: StandinFaults;
  /** Requests served, by path (the tests check retries and paging). */
  requests: Map<string, number>;
  username: string;
  password: string;
  close(): Promise<void>;
}

const MAX_PAGE_SIZE = 1000;

function send(res: ServerResponse, store: OneStopStore, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    date: new Date(store.now).toUTCString(),
  });
  res.end(text);
}

const ok = (extra: Record<string, unknown>) => ({ error_code: '0', message: 'Thành công', ...extra });

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return null;
  }
}

/** Starts the stand-in on 127.0.0.1 (port 0: any free port). */
export async function startOneStopStandin(opts: StandinOptions & { port?: number; username?: string; password?: string }): Promise<OneStopStandin> {
  const store = new OneStopStore(opts);
  const faults: StandinFaults = { delayMs: 0, fail500: new Set(), cut: new Set() };
  const requests = new Map<string, number>();
  const username = opts.username ?? 'cchc-dongbo';
  const password = opts.password ?? randomBytes(12).toString('base64url');
  const sessions = new Set<string>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://standin');
    requests.set(url.pathname, (requests.get(url.pathname) ?? 0) + 1);
    if (req.method === 'POST' && url.pathname === '/auth') {
      const body = (await readBody(req)) as { username?: string; password?: string } | null;
      if (body?.username !== username || body?.password !== password)
        return send(res, store, 200, { error_code: '401', message: 'Sai tên đăng nhập hoặc mật khẩu' });
      const session = randomBytes(16).toString('hex');
      sessions.add(session);
      return send(res, store, 200, ok({ session }));
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token || !sessions.has(token)) return send(res, store, 401, { error_code: '401', message: 'Phiên làm việc không hợp lệ hoặc đã hết hạn' });
    if (req.method === 'GET' && url.pathname === '/hoso') {
      const since = url.searchParams.get('tuNgay');
      const page = Number(url.searchParams.get('trang') ?? '0');
      const size = Number(url.searchParams.get('soLuong') ?? '100');
      if (since !== null && !/^\d{14}$/.test(since)) return send(res, store, 200, { error_code: '400', message: 'tuNgay phải có dạng yyyyMMddHHmmss' });
      if (!Number.isInteger(page) || page < 0 || !Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
        return send(res, store, 200, { error_code: '400', message: `trang ≥ 0, soLuong từ 1 đến ${MAX_PAGE_SIZE}` });
      if (faults.delayMs) await new Promise((r) => setTimeout(r, faults.delayMs));
      if (faults.fail500.delete(page)) return send(res, store, 500, { error_code: '500', message: 'Lỗi hệ thống' });
      const { total, items } = store.page(since, page, size);
      const body = ok({ tongSoBanGhi: total, tongSoTrang: Math.ceil(total / size), trang: page, result: items });
      if (faults.cut.delete(page)) {
        // Half an answer, then the connection drops: what a proxy time-out or a crashed worker looks like.
        const text = JSON.stringify(body);
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(text),
          date: new Date(store.now).toUTCString(),
        });
        res.write(text.slice(0, Math.floor(text.length / 2)));
        return void setTimeout(() => res.destroy(), 5);
      }
      return send(res, store, 200, body);
    }
    if (req.method === 'GET' && url.pathname === '/hoso/tien-do') {
      const codes = (url.searchParams.get('maHoSo') ?? '').split(',').filter(Boolean);
      return send(res, store, 200, ok({ result: store.history(codes) }));
    }
    if (req.method === 'GET' && url.pathname === '/thong-ke') {
      const month = url.searchParams.get('thang') ?? '';
      if (!/^\d{6}$/.test(month)) return send(res, store, 200, { error_code: '400', message: 'thang phải có dạng yyyyMM' });
      return send(res, store, 200, ok({ result: store.monthly(month) }));
    }
    return send(res, store, 404, { error_code: '404', message: 'Không có dịch vụ này' });
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, store, 500, { error_code: '500', message: 'Lỗi hệ thống' }));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    faults,
    requests,
    username,
    password,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
