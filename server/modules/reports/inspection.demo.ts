import type { DemoContext } from '../../demo/demo-context';
import { initiatives, inspectionRecommendations, inspections } from '../../db/schema/index';

/**
 * The 2025 inspection plan (seed 003 asks for at least 30% of units): eight units planned, six
 * inspected with findings and recommendations, some carried out; and a few initiatives in each state.
 */
const PLAN: Array<{
  code: string;
  plannedOn: string;
  inspectedOn: string | null;
  findings?: string;
  recs?: Array<{ text: string; dueOn: string; doneOn?: string }>;
}> = [
  {
    code: 'PGD-LC',
    plannedOn: '2025-04-15',
    inspectedOn: '2025-04-17',
    findings: 'Thực hiện tốt công tác CCHC; niêm yết TTHC đầy đủ.',
    recs: [{ text: 'Cập nhật danh mục TTHC theo quyết định công bố mới.', dueOn: '2025-06-30', doneOn: '2025-06-12' }],
  },
  {
    code: 'THPT-TP',
    plannedOn: '2025-05-06',
    inspectedOn: '2025-05-08',
    findings: 'Chưa công khai kết quả giải quyết phản ánh, kiến nghị trên cổng thông tin.',
    recs: [{ text: 'Công khai kết quả xử lý phản ánh, kiến nghị trên trang thông tin điện tử của trường.', dueOn: '2025-07-31' }],
  },
  {
    code: 'THPT-NQ',
    plannedOn: '2025-05-20',
    inspectedOn: '2025-05-21',
    findings: 'Hồ sơ lưu trữ văn bản CCHC chưa đầy đủ.',
    recs: [{ text: 'Lập hồ sơ công việc về CCHC theo danh mục hồ sơ.', dueOn: '2025-08-31', doneOn: '2025-08-20' }],
  },
  {
    code: 'PGD-NQ',
    plannedOn: '2025-06-10',
    inspectedOn: '2025-06-12',
    findings: 'Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp.',
    recs: [{ text: 'Hướng dẫn phụ huynh nộp hồ sơ chuyển trường trực tuyến.', dueOn: '2025-09-30' }],
  },
  { code: 'TTGDTX-HP', plannedOn: '2025-09-16', inspectedOn: '2025-09-18', findings: 'Thực hiện nghiêm kế hoạch CCHC năm.' },
  {
    code: 'KHTC',
    plannedOn: '2025-10-07',
    inspectedOn: '2025-10-09',
    findings: 'Chưa triển khai thu phí không dùng tiền mặt tại một số đơn vị.',
    recs: [{ text: 'Đôn đốc các trường triển khai thu không dùng tiền mặt.', dueOn: '2025-12-31' }],
  },
  { code: 'PGD-HB', plannedOn: '2025-11-25', inspectedOn: null },
  { code: 'THCS-TN', plannedOn: '2025-12-09', inspectedOn: null },
];

const INITIATIVES = [
  {
    code: 'THPT-TP',
    year: 2024,
    title: 'Sổ liên lạc điện tử kết nối phụ huynh và nhà trường',
    authors: 'Nguyễn Thị Bình',
    status: 'recognised',
    level: 'department',
  },
  {
    code: 'PGD-LC',
    year: 2024,
    title: 'Quy trình tiếp nhận hồ sơ tuyển sinh đầu cấp trực tuyến',
    authors: 'Trần Văn Cường, Lê Thị Dung',
    status: 'recognised',
    level: 'city',
  },
  { code: 'VP', year: 2025, title: 'Bảng theo dõi nhiệm vụ CCHC dùng chung cho các phòng', authors: 'Nguyễn Thị Hạnh', status: 'registered', level: null },
  { code: 'THCS-CVA', year: 2025, title: 'Số hóa học bạ và hồ sơ học sinh', authors: 'Phạm Văn Em', status: 'registered', level: null },
  { code: 'TH-NQ', year: 2025, title: 'Thu học phí qua mã QR', authors: 'Đỗ Thị Giang', status: 'not-recognised', level: null },
] as const;

export async function seedInspectionsDemo(ctx: DemoContext): Promise<void> {
  const { tx, unitIds } = ctx;
  for (const p of PLAN) {
    // Nothing is recorded after the demo's "today".
    const inspectedOn = p.inspectedOn && p.inspectedOn <= ctx.today ? p.inspectedOn : null;
    const [row] = await tx
      .insert(inspections)
      .values({
        year: 2025,
        unitId: unitIds.get(p.code)!,
        plannedOn: p.plannedOn,
        inspectedOn,
        team: 'Văn phòng Sở, Thanh tra Sở',
        findings: inspectedOn ? (p.findings ?? '') : '',
      })
      .returning();
    if (!inspectedOn || !p.recs) continue;
    await tx.insert(inspectionRecommendations).values(
      p.recs.map((r) => {
        const done = r.doneOn && r.doneOn <= ctx.today;
        return {
          inspectionId: row.id,
          text: r.text,
          dueOn: r.dueOn,
          status: done ? 'done' : 'open',
          doneOn: done ? r.doneOn : null,
          doneNote: done ? 'Đơn vị đã khắc phục, có văn bản báo cáo.' : null,
        };
      }),
    );
  }
  for (const i of INITIATIVES) {
    await tx.insert(initiatives).values({
      unitId: unitIds.get(i.code)!,
      year: i.year,
      title: i.title,
      authors: i.authors,
      summary: '',
      status: i.status,
      level: i.level,
      assessment:
        i.status === 'registered' ? null : i.status === 'recognised' ? 'Có tính mới, áp dụng hiệu quả tại đơn vị.' : 'Chưa chứng minh được hiệu quả áp dụng.',
    });
  }
}
