// The HTTP side of a pull source: log in, read a page of dossiers changed since the cursor, read their processing
// history, read the source's monthly figures. Every call has a time-out; what may pass (5xx, time-out, a reset or
// cut-off answer) is retried with exponential back-off; what will not pass (wrong password, wrong path, the source
// reporting an error code) stops the run with a message that says so. Secrets never enter a message or a log.
import type { PullConfig, SourceCredentials } from '../../../contracts/sources';
import {
  readPath,
  retryDelayMs,
  vietnamMoment,
  parseSourceMoment,
  type ProgressEntry,
  type ReportedCounts,
  type SourceMoment,
} from '../../../domain/sources/index';

/** A failure of the source; `retryable` failures are tried again, the others stop the run at once. */
export class SourceCallError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'SourceCallError';
  }
}

export interface ListPage {
  items: unknown[];
  totalPages: number | null;
  /** The source's clock at the answer (its Date header), Vietnam local; null when it sent none. */
  serverTime: SourceMoment | null;
}

export interface PullClientOptions {
  signal?: AbortSignal;
  random?: () => number;
  /** Called before each retry (the run records it). */
  onRetry?: (what: string, attempt: number, error: SourceCallError) => void;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/** Reads a pull source; one client per run (it keeps the session token of the run). */
export class PullClient {
  private token: string | null = null;

  constructor(
    private readonly config: PullConfig,
    private readonly credentials: SourceCredentials | null,
    private readonly opts: PullClientOptions = {},
  ) {}

  /** One page of dossiers whose last change is at or after `since` (null: from the beginning). */
  async listPage(since: string | null, page: number): Promise<ListPage> {
    const { list } = this.config;
    const params: Record<string, string> = { [list.pageParam]: String(page + list.firstPage), [list.sizeParam]: String(list.pageSize) };
    if (since) params[list.sinceParam] = since;
    const { body, date } = await this.call(`trang ${page + 1}`, list.path, params);
    const items = readPath(body, list.itemsPath);
    if (!Array.isArray(items))
      throw new SourceCallError(`Hệ thống nguồn trả về trang ${page + 1} không có danh sách hồ sơ ở trường "${list.itemsPath}".`, true);
    const total = list.totalPagesPath ? Number(readPath(body, list.totalPagesPath)) : NaN;
    return { items, totalPages: Number.isInteger(total) && total >= 0 ? total : null, serverTime: date };
  }

  /** The processing history of the given dossiers (one call for a page's codes). */
  async history(codes: readonly string[]): Promise<ProgressEntry[]> {
    const h = this.config.history;
    if (!h || codes.length === 0) return [];
    const { body } = await this.call('tiến trình xử lý', h.path, { [h.codesParam]: codes.join(',') });
    const items = readPath(body, h.itemsPath);
    if (!Array.isArray(items)) throw new SourceCallError(`Hệ thống nguồn trả về tiến trình xử lý không có danh sách ở trường "${h.itemsPath}".`, true);
    return items.flatMap((e) => {
      const code = readPath(e, h.codeField);
      const at = parseSourceMoment(readPath(e, h.timeField));
      return typeof code === 'string' || typeof code === 'number'
        ? [{ code: String(code), state: String(readPath(e, h.stateField) ?? ''), at: at === 'invalid' ? null : at }]
        : [];
    });
  }

  /** The source's own figures for a month ('YYYY-MM'), or null when it offers none. */
  async monthlyCounts(month: string): Promise<ReportedCounts | null> {
    const s = this.config.stats;
    if (!s) return null;
    const { body } = await this.call(`số liệu tháng ${month}`, s.path, { [s.monthParam]: month.replace('-', '') });
    const row = s.itemsPath ? readPath(body, s.itemsPath) : body;
    const n = (path: string) => {
      const v = Number(readPath(row, path));
      if (!Number.isInteger(v) || v < 0) throw new SourceCallError(`Số liệu tháng ${month} của hệ thống nguồn thiếu trường "${path}".`, false);
      return v;
    };
    return { received: n(s.received), resolved: n(s.resolved), onTime: n(s.onTime), late: n(s.late) };
  }

  /** A GET with retries; logs in first (and again once when the session has expired). */
  private async call(what: string, path: string, params: Record<string, string>): Promise<{ body: unknown; date: SourceMoment | null }> {
    const { retries, retryBaseMs } = this.config;
    let relogged = false;
    for (let attempt = 0; ; attempt++) {
      try {
        if (this.config.auth.kind === 'session' && !this.token) this.token = await this.login();
        return await this.request('GET', path, params, null);
      } catch (error) {
        if (error instanceof SessionExpired && !relogged) {
          relogged = true;
          this.token = null;
          attempt--;
          continue;
        }
        const e =
          error instanceof SessionExpired ? new SourceCallError('Hệ thống nguồn từ chối phiên đăng nhập (401) ngay sau khi đăng nhập lại.', false) : error;
        if (!(e instanceof SourceCallError) || !e.retryable) throw e;
        if (attempt >= retries) throw new SourceCallError(`Hệ thống nguồn không trả lời được ${what} sau ${retries + 1} lần thử: ${e.message}`, false);
        this.opts.onRetry?.(what, attempt + 1, e);
        await sleep(retryDelayMs(attempt + 1, retryBaseMs, this.opts.random ?? Math.random), this.opts.signal);
      }
    }
  }

  private async login(): Promise<string> {
    const auth = this.config.auth;
    if (auth.kind !== 'session') return '';
    if (!this.credentials || !('username' in this.credentials))
      throw new SourceCallError('Nguồn cần tên đăng nhập và mật khẩu: khai trong phần "Thông tin đăng nhập".', false);
    const { body } = await this.request(
      'POST',
      auth.loginPath,
      {},
      { [auth.usernameField]: this.credentials.username, [auth.passwordField]: this.credentials.password },
    );
    const token = readPath(body, auth.tokenPath);
    if (typeof token !== 'string' || token === '')
      throw new SourceCallError(`Đăng nhập hệ thống nguồn không thành công: không có "${auth.tokenPath}" trong trả lời.`, false);
    return token;
  }

  private async request(
    method: 'GET' | 'POST',
    path: string,
    params: Record<string, string>,
    json: unknown,
  ): Promise<{ body: unknown; date: SourceMoment | null }> {
    const url = new URL(this.config.baseUrl.replace(/\/$/, '') + path);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (json !== null) headers['content-type'] = 'application/json';
    if (this.config.auth.kind === 'session' && this.token) headers.authorization = `Bearer ${this.token}`;
    if (this.config.auth.kind === 'api-key' && this.credentials && 'apiKey' in this.credentials)
      headers[this.config.auth.header.toLowerCase()] = this.credentials.apiKey;
    const timeout = AbortSignal.timeout(this.config.timeoutMs);
    const signal = this.opts.signal ? AbortSignal.any([this.opts.signal, timeout]) : timeout;
    // Messages name the path only: a query may carry a cursor, a header a key, a body a password.
    const where = `${method} ${path}`;
    let res: Response;
    let text: string;
    try {
      res = await fetch(url, { method, headers, body: json === null ? undefined : JSON.stringify(json), signal, redirect: 'error' });
      text = await res.text();
    } catch (error) {
      if (this.opts.signal?.aborted) throw this.opts.signal.reason;
      if (timeout.aborted) throw new SourceCallError(`${where}: quá ${Math.round(this.config.timeoutMs / 1000)} giây không trả lời.`, true);
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new SourceCallError(`${where}: mất kết nối (${cause?.code ?? cause?.message ?? (error as Error).message}).`, true);
    }
    if (res.status === 401 && this.config.auth.kind === 'session' && method === 'GET') throw new SessionExpired();
    if (res.status >= 500 || res.status === 408 || res.status === 429) throw new SourceCallError(`${where}: lỗi ${res.status} của hệ thống nguồn.`, true);
    if (res.status === 401 || res.status === 403)
      throw new SourceCallError(`${where}: hệ thống nguồn từ chối truy cập (${res.status}); kiểm tra thông tin đăng nhập hoặc khóa truy cập.`, false);
    if (res.status >= 400) throw new SourceCallError(`${where}: hệ thống nguồn trả lỗi ${res.status}; kiểm tra địa chỉ và đường dẫn.`, false);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      // A cut-off answer (the connection dropped mid-page) reads as broken JSON: worth another try.
      throw new SourceCallError(`${where}: trả lời không phải JSON đầy đủ (${text.length} byte).`, true);
    }
    const list = this.config.list;
    if (list.errorCodePath) {
      const code = readPath(body, list.errorCodePath);
      if (code !== undefined && !list.okCodes.includes(String(code))) {
        const message = list.messagePath ? readPath(body, list.messagePath) : undefined;
        throw new SourceCallError(`${where}: hệ thống nguồn báo lỗi ${String(code)}${message ? ` — ${String(message).slice(0, 300)}` : ''}.`, false);
      }
    }
    const date = res.headers.get('date');
    const epoch = date ? Date.parse(date) : NaN;
    return { body, date: Number.isNaN(epoch) ? null : vietnamMoment(epoch) };
  }
}

class SessionExpired extends Error {}
