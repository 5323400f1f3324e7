// Open dossiers follow a change of the organisation: the Lê Chân district office is dissolved into two wards on
// 01/07/2025, and a division merger moves a dossier received at the desk. Receipt stays counted at the unit of the
// day of receipt; the result counts where the successor resolved it; the history says when and why it moved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kpi766Report } from '../../../contracts/kpi766';
import { dissolveLeChan, mergeQualityAndSecondary } from '../../../test/org-changes';
import { useTestApp } from '../../../test/harness';
import * as clock from '../../clock';
import { importRow, seedCatalogue } from './dossier-test-data';

const t = useTestApp();

// After the change's date: the dossiers were received before it, the change is recorded the day after.
beforeEach(() => clock.setClock(clock.fixedClock('2025-07-02T03:00:00Z')));
afterEach(() => clock.setClock(null));

async function importRows(rows: Record<string, unknown>[]) {
  const res = await t.request({ method: 'POST', url: '/api/dossiers/import', as: 'vanphong', payload: { source: 'mot-cua-tinh', rows } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function kpi(unitCode: string, unitId = t.unitId(unitCode)) {
  const res = await t.request({ method: 'GET', url: `/api/kpi766?unitId=${unitId}&year=2025`, as: 'vanphong' });
  expect(res.statusCode, res.body).toBe(200);
  return Object.fromEntries(res.json<Kpi766Report>().counts.map((c) => [c.key, c.value]));
}

async function dossier(code: string, as = 'vanphong') {
  return t.request({ method: 'GET', url: `/api/dossiers/${code}`, as });
}

describe('open dossiers in a change of the organisation', () => {
  it('previews the open dossiers only, moves them to the successor chosen, and keeps receipt where it was counted', async () => {
    await seedCatalogue(t);
    const lc = { unitCode: 'PGD-LC', procedureCode: '1.005088' };
    await importRows([
      importRow('LC-OPEN', { ...lc, state: 4, receivedOn: '2025-06-16' }),
      importRow('LC-WAIT', { ...lc, state: 5, receivedOn: '2025-06-02' }),
      importRow('LC-DONE', { ...lc, state: 10, receivedOn: '2025-05-05', dueOn: '2025-05-12', resolvedOn: '2025-05-09', returnedOn: '2025-05-09' }),
    ]);
    const before = await kpi('PGD-LC');
    expect(before).toMatchObject({ received: 3, resolved: 1 });

    const preview = await t.request({ method: 'POST', url: '/api/org-changes/preview', as: 'admin', payload: dissolveLeChan(t) });
    expect(preview.statusCode, preview.body).toBe(200);
    const items = preview.json().groups.find((g: { key: string }) => g.key === 'dossiers').items as Array<Record<string, unknown>>;
    // Oldest first; the returned dossier is history and is not offered.
    expect(items.map((i) => [String(i.label).split(' — ')[0], i.toUnitName, i.status])).toEqual([
      ['LC-WAIT', 'UBND phường Lê Chân', 'moves'],
      ['LC-OPEN', 'UBND phường Lê Chân', 'moves'],
    ]);
    expect(items[0].label).toContain('tiếp nhận 02/06/2025');
    expect((await dossier('LC-WAIT')).json().unitName).toBe('Phòng Giáo dục và Đào tạo quận Lê Chân'); // the preview kept nothing

    const wait = items[0].key as string;
    const res = await t.request({ method: 'POST', url: '/api/org-changes', as: 'admin', payload: dissolveLeChan(t, { destinations: { [wait]: -2 } }) });
    expect(res.statusCode, res.body).toBe(201);
    const lechan = res.json().outcome.newUnitIds['-1'] as number;

    const open = (await dossier('LC-OPEN')).json();
    expect(open.unitName).toBe('UBND phường Lê Chân');
    expect(open.events.at(-1)).toMatchObject({
      type: 'transferred',
      summary: 'Chuyển từ «Phòng Giáo dục và Đào tạo quận Lê Chân» sang «UBND phường Lê Chân» (đơn vị kế thừa) từ ngày 01/07/2025 theo 1669/NQ-UBTVQH15',
    });
    expect((await dossier('LC-WAIT')).json().unitName).toBe('UBND phường An Biên');
    expect((await dossier('LC-DONE')).json().unitName).toBe('Phòng Giáo dục và Đào tạo quận Lê Chân');
    // 2025 of the office reads the same: its receipts stay there, in the structure of their day.
    expect(await kpi('PGD-LC')).toEqual(before);
    expect(await kpi('P-LECHAN', lechan)).toMatchObject({ received: 0, resolved: 0 });

    // The province's one-stop system still names the old office; the dossier stays with the ward that resolves it.
    const resync = await importRows([importRow('LC-OPEN', { ...lc, state: 9, receivedOn: '2025-06-16', dueOn: '2025-06-23', resolvedOn: '2025-07-08' })]);
    expect(resync).toMatchObject({ updated: 1 });
    expect((await dossier('LC-OPEN')).json()).toMatchObject({ unitName: 'UBND phường Lê Chân', state: 9, timeliness: 'late' });
    expect(
      await importRows([importRow('LC-OPEN', { ...lc, state: 9, receivedOn: '2025-06-16', dueOn: '2025-06-23', resolvedOn: '2025-07-08' })]),
    ).toMatchObject({
      unchanged: 1,
    });
    expect(await kpi('P-LECHAN', lechan)).toMatchObject({ received: 0, resolved: 1, late: 1 });
    expect(await kpi('PGD-LC')).toMatchObject({ received: 3, resolved: 1, late: 0 });
    expect(await kpi('SGDDT')).toMatchObject({ received: 3, resolved: 2, late: 1 });

    // A dossier received after the office ended cannot be given to it: the row is refused, and nothing of the batch
    // is written.
    const late = await t.request({
      method: 'POST',
      url: '/api/dossiers/import',
      as: 'vanphong',
      payload: {
        source: 'mot-cua-tinh',
        rows: [importRow('LC-NEW-OK', { state: 4, receivedOn: '2025-07-03' }), importRow('LC-NEW', { ...lc, receivedOn: '2025-07-03' })],
      },
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details.problems.map((p: { message: string }) => p.message)).toEqual([
      "Dòng 2, cột 'unitCode': đơn vị 'PGD-LC' (Phòng Giáo dục và Đào tạo quận Lê Chân) hoạt động đến 30/06/2025, không có vào ngày tiếp nhận 03/07/2025; ghi đơn vị xử lý có trên cơ cấu ngày đó (đơn vị kế thừa nếu đơn vị cũ đã giải thể, sáp nhập).",
    ]);
    expect((await dossier('LC-NEW-OK', 'admin')).statusCode).toBe(404);

    // The office's former officer now belongs to the ward, and sees its dossiers, not the other ward's.
    expect((await dossier('LC-OPEN', 'pgdlechan')).statusCode).toBe(200);
    expect((await dossier('LC-WAIT', 'pgdlechan')).statusCode).toBe(403);
  });

  it('moves a dossier received at the desk in a merger, and the desk goes on with it at the successor', async () => {
    const ids = await seedCatalogue(t);
    const received = await t.request({
      method: 'POST',
      url: '/api/dossiers',
      as: 'motcua',
      payload: { procedureId: ids.get('1.005088')!, channel: 1, applicantName: 'Nguyễn Thị Hoa', applicantPhone: '0912 345 678', receivedOn: '2025-06-20' },
    });
    expect(received.statusCode, received.body).toBe(201);
    const code = received.json().code as string;
    const quarter = async (unitId: number, index: number) => {
      const res = await t.request({ method: 'GET', url: `/api/kpi766?unitId=${unitId}&year=2025&period=quarter&index=${index}`, as: 'vanphong' });
      expect(res.statusCode, res.body).toBe(200);
      return Object.fromEntries(res.json<Kpi766Report>().counts.map((c) => [c.key, c.value]));
    };
    const secondQuarter = await quarter(t.unitId('KTKDCLGD'), 2);
    expect(secondQuarter.proceduresTotal).toBeGreaterThan(1);

    const merged = await t.request({
      method: 'POST',
      url: '/api/org-changes',
      as: 'admin',
      payload: mergeQualityAndSecondary(t),
    });
    expect(merged.statusCode, merged.body).toBe(201);
    const division = merged.json().outcome.newUnitIds['-1'] as number;
    // The catalogue follows: the division's procedures are the merged division's now, and the quarter before the
    // merger still counts them with the division that handled them then.
    const catalogue = (await t.request({ method: 'GET', url: '/api/procedures', as: 'vanphong' })).json<Array<{ code: string; unitId: number }>>();
    expect(catalogue.find((p) => p.code === '1.005088')!.unitId).toBe(division);
    expect(await quarter(t.unitId('KTKDCLGD'), 2)).toEqual(secondQuarter);
    expect((await quarter(division, 3)).proceduresTotal).toBeGreaterThanOrEqual(secondQuarter.proceduresTotal!);
    const next = await t.request({
      method: 'POST',
      url: '/api/dossiers',
      as: 'motcua',
      payload: { procedureId: ids.get('1.005088')!, channel: 1, applicantName: 'Trần Văn Bình', applicantPhone: '0912 345 679', receivedOn: '2025-07-02' },
    });
    expect(next.statusCode, next.body).toBe(201);
    expect((await dossier(next.json().code)).json().unitName).toBe('Phòng Giáo dục trung học - Khảo thí');
    // Entered late, a dossier received before the merger goes to the division that handled the procedure that day.
    const backdated = await t.request({
      method: 'POST',
      url: '/api/dossiers',
      as: 'motcua',
      payload: { procedureId: ids.get('1.005088')!, channel: 1, applicantName: 'Lê Thị Cúc', applicantPhone: '0912 345 670', receivedOn: '2025-06-27' },
    });
    expect(backdated.statusCode, backdated.body).toBe(201);
    expect((await dossier(backdated.json().code)).json().unitName).toBe('Phòng Khảo thí và Kiểm định chất lượng giáo dục');
    const moved = (await dossier(code)).json();
    expect(moved.unitName).toBe('Phòng Giáo dục trung học - Khảo thí');
    // The history with its transfer still folds: the desk records the next step.
    const step = await t.request({
      method: 'POST',
      url: `/api/dossiers/${code}/events`,
      as: 'motcua',
      payload: { type: 'processing-started', on: '2025-07-02' },
    });
    expect(step.statusCode, step.body).toBe(200);
    expect(step.json().events.map((e: { type: string }) => e.type)).toEqual(['received', 'transferred', 'processing-started']);
  });
});
