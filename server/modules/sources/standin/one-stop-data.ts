// The data of the one-stop system stand-in: dossiers in the national portal's synchronisation format
// (HoSoDongBoDVC fields, dates 'yyyyMMddHHmmss' in Vietnam time) with their processing history (QuaTrinhXuLy),
// a clock of its own, and the changes a real system makes between two calls: a dossier resolved, a new one
// received. A few records are malformed on purpose, as exports from real systems sometimes are.
import { seededRandom } from '../../../../domain/random/seeded';
import { momentToEpoch, toPortalTime, vietnamMoment } from '../../../../domain/sources/index';

export interface StandinProcedure {
  code: string;
  name: string;
  /** Typical processing time in working days. */
  days: number;
}

export interface StandinDossier {
  record: Record<string, unknown>;
  history: Array<Record<string, unknown>>;
  /** True when the record is malformed on purpose (cchc must refuse it, by row and field). */
  malformed: boolean;
}

export interface StandinOptions {
  count: number;
  seed?: number;
  /** The source's clock at start (epoch ms). */
  now: number;
  /** Receipt dates spread over this many days before `now`. */
  spanDays?: number;
  procedures: StandinProcedure[];
  /** One record in this many is malformed (0: none). */
  malformedEvery?: number;
  agency?: string;
}

const NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Minh Châu',
  'Phạm Quốc Dũng',
  'Hoàng Thị Hà',
  'Vũ Đức Khải',
  'Đặng Thu Lan',
  'Bùi Văn Nam',
  'Đỗ Thị Oanh',
  'Ngô Quang Phú',
];
const DAY = 86_400_000;
const portal = (ms: number) => toPortalTime(vietnamMoment(ms));
const MALFORMED: Array<(r: Record<string, unknown>) => void> = [
  (r) => (r.NgayTiepNhan = '31/02/2025'),
  (r) => (r.MaTTHC = '9.999999'),
  (r) => (r.TrangThaiHoSo = '12'),
  (r) => delete r.SoDienThoai,
];

/** The stand-in's store: every dossier by code, in code order (the order its list serves them in). */
export class OneStopStore {
  now: number;
  private readonly byCode = new Map<string, StandinDossier>();
  private codes: string[] = [];
  private seq = 0;
  private broken = 0;
  private readonly random: () => number;

  constructor(private readonly opts: StandinOptions) {
    this.now = opts.now;
    this.random = seededRandom(opts.seed ?? 42);
    const span = (opts.spanDays ?? 90) * DAY;
    for (let i = 0; i < opts.count; i++) {
      // Receipts spread evenly, in office hours, oldest first: codes then follow receipt order as real ones do.
      const day = opts.now - span + Math.floor((i / opts.count) * span);
      this.add(this.officeHour(day), opts.malformedEvery ? (i + 1) % opts.malformedEvery === 0 : false);
    }
    this.sort();
  }

  private officeHour(ms: number): number {
    const m = vietnamMoment(ms);
    return momentToEpoch({ date: m.date, time: '07:30:00' }) + Math.floor(this.random() * 9 * 3600_000);
  }

  private sort(): void {
    this.codes = [...this.byCode.keys()].sort();
  }

  /** Adds a dossier received at `receivedMs`, advanced as far as the clock allows. */
  private add(receivedMs: number, malformed: boolean): string {
    const r = this.random;
    const proc = this.opts.procedures[Math.floor(r() * this.opts.procedures.length)];
    const m = vietnamMoment(receivedMs);
    const code = `000.00.12.H27-${m.date.slice(2).replaceAll('-', '')}-${String(++this.seq).padStart(6, '0')}`;
    const dueMs = receivedMs + Math.ceil(proc.days * 1.4) * DAY;
    const supplements = r() < 0.06 ? 2 : r() < 0.15 ? 1 : 0;
    const channel = r() < 0.55 ? '2' : r() < 0.9 ? '1' : '3';
    const lateness = r() < 0.1 ? 1 + Math.floor(r() * 4) : -Math.floor(r() * proc.days);
    const resolvedMs = dueMs + lateness * DAY - 3600_000;
    const returnedMs = resolvedMs + Math.floor(r() * 2) * DAY + 3600_000;
    const record: Record<string, unknown> = {
      MaHoSo: code,
      MaTTHC: proc.code,
      TenTTHC: proc.name,
      KenhThucHien: channel,
      ChuHoSo: NAMES[Math.floor(r() * NAMES.length)],
      LoaiDoiTuong: '1',
      SoDienThoai: `09${String(Math.floor(r() * 1e8)).padStart(8, '0')}`,
      Email: '',
      TrichYeuHoSo: proc.name,
      NgayNopHoSo: portal(receivedMs - 3600_000),
      NgayTiepNhan: portal(receivedMs),
      NgayHenTra: portal(dueMs),
      TrangThaiHoSo: '2',
      NgayTra: '',
      HinhThuc: channel === '3' ? '1' : '0',
      NgayKetThucXuLy: '',
      DonViXuLy: this.opts.agency ?? 'Sở Giáo dục và Đào tạo',
      DuocThanhToanTrucTuyen: channel === '2' && r() < 0.3 ? '1' : '0',
      HoSoCoThanhPhanSoHoa: channel === '2' ? '1' : '0',
      NgayCapNhat: portal(receivedMs),
    };
    const dossier: StandinDossier = { record, history: [], malformed };
    this.byCode.set(code, dossier);
    this.step(dossier, '2', receivedMs, 'Tiếp nhận hồ sơ');
    if (receivedMs + 3600_000 <= this.now) this.step(dossier, '4', receivedMs + 3600_000, 'Chuyển xử lý');
    for (let s = 0; s < supplements; s++)
      if (receivedMs + (s + 2) * 3600_000 <= this.now) this.step(dossier, '5', receivedMs + (s + 2) * 3600_000, 'Yêu cầu bổ sung giấy tờ');
    if (resolvedMs <= this.now) this.resolve(code, resolvedMs);
    if (resolvedMs <= this.now && returnedMs <= this.now) this.returnResult(code, returnedMs);
    if (malformed) MALFORMED[this.broken++ % MALFORMED.length](record);
    return code;
  }

  private step(d: StandinDossier, state: string, atMs: number, what: string): void {
    d.history.push({
      MaHoSo: d.record.MaHoSo,
      NguoiXuLy: 'Cán bộ một cửa',
      ChucDanh: 'Chuyên viên',
      ThoiDiemXuLy: portal(atMs),
      PhongBanXuLy: 'Bộ phận Một cửa',
      NoiDungXuLy: what,
      TrangThai: state,
    });
    d.record.TrangThaiHoSo = state === '5' ? d.record.TrangThaiHoSo : state;
    d.record.NgayCapNhat = portal(Math.min(atMs, this.now));
  }

  /** The dossier is resolved (state 9) at `atMs` (default: now). */
  resolve(code: string, atMs = this.now): void {
    const d = this.byCode.get(code)!;
    d.record.NgayKetThucXuLy = portal(atMs);
    if (d.record.KenhThucHien === '2')
      d.record.DanhSachGiayToKetQua = [{ TenGiayTo: 'Kết quả giải quyết', DuongDanTepTinKetQua: `https://motcua.example/kq/${code}.pdf` }];
    this.step(d, '9', atMs, 'Đã xử lý xong');
  }

  /** The result goes back to the applicant (state 10). */
  returnResult(code: string, atMs = this.now): void {
    const d = this.byCode.get(code)!;
    d.record.NgayTra = portal(atMs);
    this.step(d, '10', atMs, 'Trả kết quả');
  }

  /** Moves the clock on. */
  advance(ms: number): void {
    this.now += ms;
  }

  /** New dossiers received now. */
  receive(n: number): string[] {
    const codes = Array.from({ length: n }, () => this.add(this.now, false));
    this.sort();
    return codes;
  }

  get(code: string): StandinDossier | undefined {
    return this.byCode.get(code);
  }

  /** Well-formed dossiers, in code order (what cchc's register must hold after a complete pull). */
  wellFormed(): StandinDossier[] {
    return this.codes.map((c) => this.byCode.get(c)!).filter((d) => !d.malformed);
  }

  all(): StandinDossier[] {
    return this.codes.map((c) => this.byCode.get(c)!);
  }

  /** A page of the dossiers changed at or after `since` ('yyyyMMddHHmmss'), in code order. */
  page(since: string | null, page: number, size: number): { total: number; items: Array<Record<string, unknown>> } {
    const matching = since ? this.codes.filter((c) => String(this.byCode.get(c)!.record.NgayCapNhat) >= since) : this.codes;
    return { total: matching.length, items: matching.slice(page * size, (page + 1) * size).map((c) => this.byCode.get(c)!.record) };
  }

  history(codes: readonly string[]): Array<Record<string, unknown>> {
    return codes.flatMap((c) => this.byCode.get(c)?.history ?? []);
  }

  /** The source's own figures for a month ('YYYYMM'), by its own rule: resolved by the due date is on time. */
  monthly(month: string): { TiepNhan: number; DaXuLy: number; DungHan: number; TreHan: number } {
    let received = 0;
    let resolved = 0;
    let onTime = 0;
    for (const { record } of this.byCode.values()) {
      if (String(record.NgayTiepNhan).startsWith(month) && record.TrangThaiHoSo !== '3') received++;
      const end = String(record.NgayKetThucXuLy ?? '');
      if (end.startsWith(month)) {
        resolved++;
        if (end.slice(0, 8) <= String(record.NgayHenTra).slice(0, 8)) onTime++;
      }
    }
    return { TiepNhan: received, DaXuLy: resolved, DungHan: onTime, TreHan: resolved - onTime };
  }
}
