import type { OrgChangeOutcome, OrgChangeRequest } from '../../../contracts/org-changes';
import { UNIT_TYPE_NAMES_VI, type OperationOutcome, type OrgTimeline } from '../../../domain/org-units';
import { formatViDate } from '../../../domain/time/iso-date';

const q = (name: string) => `«${name}»`;

/** "(UBND thành phố Hải Phòng, số 08/2025/QĐ-UBND)" */
function decisionText(req: Pick<OrgChangeRequest, 'decisionNo' | 'issuedBy'>): string {
  return `(${req.issuedBy ? `${req.issuedBy}, ` : ''}số ${req.decisionNo})`;
}

/** One Vietnamese sentence saying what the change does, from when, under which decision. */
export function summarize(req: OrgChangeRequest, before: OrgTimeline, after: OrgTimeline, outcome: OperationOutcome): string {
  const name = (id: number) => after.lastVersion(id)?.name ?? `#${id}`;
  const oldName = (id: number) => before.versionAt(id, req.effectiveOn)?.name ?? before.lastVersion(id)?.name ?? name(id);
  const from = `từ ngày ${formatViDate(req.effectiveOn)}`;
  const tail = decisionText(req);
  const successors = (unitId: number) =>
    outcome.links
      .filter((l) => l.fromUnitId === unitId)
      .map((l) => `${q(name(l.toUnitId))}${l.principal && outcome.links.filter((x) => x.fromUnitId === unitId).length > 1 ? ' (kế thừa chính)' : ''}`)
      .join(', ');
  switch (req.kind) {
    case 'establish':
      return `Thành lập ${outcome.changedUnitIds.map((id) => q(name(id))).join(', ')} ${from} ${tail}.`;
    case 'rename':
      return `Đổi tên ${q(oldName(req.unitId))} thành ${q(req.name)} ${from} ${tail}.`;
    case 'retype':
      return `Chuyển ${q(oldName(req.unitId))} thành loại ${UNIT_TYPE_NAMES_VI[req.type]} ${from} ${tail}.`;
    case 'move': {
      const was = before.versionAt(req.unitId, req.effectiveOn)?.parentId;
      const now = after.versionAt(req.unitId, req.effectiveOn)?.parentId;
      return `Chuyển ${q(oldName(req.unitId))} từ ${was ? q(name(was)) : 'cấp gốc'} về trực thuộc ${now ? q(name(now)) : 'cấp gốc'} ${from} ${tail}.`;
    }
    case 'merge': {
      const target = after.versionAt(outcome.links[0]?.toUnitId ?? 0, req.effectiveOn);
      const created = target && outcome.changedUnitIds.includes(target.unitId) && after.lifeOf(target.unitId)?.from === req.effectiveOn;
      const sources = outcome.endedUnitIds.map((id) => q(oldName(id))).join(', ');
      return created ? `Hợp nhất ${sources} thành ${q(target.name)} ${from} ${tail}.` : `Sáp nhập ${sources} vào ${q(target?.name ?? '')} ${from} ${tail}.`;
    }
    case 'split':
      return req.keepSource
        ? `Tách một phần ${q(oldName(req.sourceId))} sang ${successors(req.sourceId)} ${from} ${tail}.`
        : `Chia tách ${q(oldName(req.sourceId))} thành ${successors(req.sourceId)} ${from} ${tail}.`;
    case 'dissolve':
      return `Giải thể ${q(oldName(req.unitId))} ${from}; đơn vị kế thừa: ${successors(req.unitId)} ${tail}.`;
  }
}

/** Each unit the change touched, with what happened to it. */
export function describeUnits(req: OrgChangeRequest, before: OrgTimeline, after: OrgTimeline, outcome: OperationOutcome): OrgChangeOutcome['units'] {
  const on = req.effectiveOn;
  const moved = new Set(outcome.childMoves.map((m) => m.unitId));
  return outcome.changedUnitIds
    .filter((id) => !moved.has(id))
    .map((id) => {
      const was = before.versionAt(id, on);
      const now = after.versionAt(id, on);
      const name = now?.name ?? was?.name ?? after.lastVersion(id)?.name ?? `#${id}`;
      if (!was)
        return {
          unitId: id,
          name,
          change: 'established' as const,
          detail: `Thành lập từ ngày ${formatViDate(on)}${now?.parentId ? `, trực thuộc ${q(after.nameAt(now.parentId, on))}` : ''}.`,
        };
      if (!now)
        return { unitId: id, name: was.name, change: 'ended' as const, detail: `Kết thúc hoạt động từ ngày ${formatViDate(on)}; lịch sử được giữ nguyên.` };
      if (was.type !== now.type)
        return { unitId: id, name, change: 'retyped' as const, detail: `${UNIT_TYPE_NAMES_VI[was.type]} → ${UNIT_TYPE_NAMES_VI[now.type]}.` };
      if (was.parentId !== now.parentId)
        return {
          unitId: id,
          name,
          change: 'moved' as const,
          detail: `${was.parentId ? q(before.nameAt(was.parentId, on)) : 'cấp gốc'} → ${now.parentId ? q(after.nameAt(now.parentId, on)) : 'cấp gốc'}.`,
        };
      return { unitId: id, name, change: 'renamed' as const, detail: `${q(was.name)} → ${q(now.name)}.` };
    });
}

/** The children that changed parent and the successor links, with names. */
export function describeLinks(after: OrgTimeline, outcome: OperationOutcome, on: string): Pick<OrgChangeOutcome, 'childMoves' | 'links'> {
  const last = (id: number) => after.lastVersion(id)?.name ?? `#${id}`;
  return {
    childMoves: outcome.childMoves.map((m) => ({
      unitId: m.unitId,
      name: after.nameAt(m.unitId, on),
      fromName: last(m.fromParentId),
      toName: after.nameAt(m.toParentId, on),
    })),
    links: outcome.links.map((l) => ({
      fromUnitId: l.fromUnitId,
      fromName: last(l.fromUnitId),
      toUnitId: l.toUnitId,
      toName: after.nameAt(l.toUnitId, on),
      principal: l.principal,
      note: l.note ?? null,
    })),
  };
}
