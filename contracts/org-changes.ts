import { z } from 'zod';
import { isIsoDate } from '../domain/time/iso-date';
import { OrgUnit, unitCode } from './org-units';
import { UnitType } from './roles';

const isoDate = z.string().refine(isIsoDate, 'Ngày theo dạng YYYY-MM-DD và có thật.');

/** An existing unit (positive id) or a unit created by the same change (the negative `ref` of `newUnits`). */
const unitRef = z
  .number()
  .int()
  .refine((n) => n !== 0, 'Chọn đơn vị.');
const existingUnit = z.number().int().positive({ message: 'Chọn đơn vị.' });

export const NewUnitInput = z.object({
  ref: z.number().int().negative(),
  code: unitCode,
  name: z.string().trim().min(2, 'Tên đơn vị cần ít nhất 2 ký tự.').max(200),
  shortName: z.string().trim().max(60).nullish(),
  type: UnitType,
  /** Parent from the effective date: an existing unit or another new one; null for a new root. */
  parentId: unitRef.nullable(),
  district: z.string().trim().max(100).nullish(),
});
export type NewUnitInput = z.infer<typeof NewUnitInput>;

/** What every change carries: its date, the decision, new units, and the administrator's choices from the preview. */
const common = {
  effectiveOn: isoDate,
  decisionNo: z.string().trim().min(1, 'Nhập số văn bản quyết định thay đổi (VD: 1669/NQ-UBTVQH15).').max(80),
  decisionDate: isoDate.nullish(),
  issuedBy: z.string().trim().max(200).nullish(),
  note: z.string().trim().max(2000).nullish(),
  newUnits: z.array(NewUnitInput).max(60).default([]),
  /** Child unit id → its new parent, for children of a unit that ends (default: the principal successor). */
  childParents: z.record(z.string().regex(/^\d+$/), unitRef).default({}),
  /** Successor ref → what moved there, as the decision words it. */
  notes: z.record(z.string(), z.string().trim().max(500)).default({}),
  /** Preview item key ('task:17', 'user:9') → its destination unit; null for a user: lock the account. */
  destinations: z.record(z.string(), unitRef.nullable()).default({}),
  /** Users of an ending unit who keep read access to its history. */
  historyGrants: z.array(z.number().int().positive()).default([]),
};

export const OrgChangeRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('establish'), ...common }),
  z.object({
    kind: z.literal('rename'),
    unitId: existingUnit,
    name: z.string().trim().min(2, 'Tên đơn vị cần ít nhất 2 ký tự.').max(200),
    shortName: z.string().trim().max(60).nullish(),
    ...common,
  }),
  z.object({ kind: z.literal('retype'), unitId: existingUnit, type: UnitType, name: z.string().trim().min(2).max(200).nullish(), ...common }),
  z.object({ kind: z.literal('move'), unitId: existingUnit, parentId: unitRef, ...common }),
  z.object({ kind: z.literal('merge'), sourceIds: z.array(existingUnit).min(1, 'Chọn các đơn vị sáp nhập.'), targetId: unitRef, ...common }),
  z.object({
    kind: z.literal('split'),
    sourceId: existingUnit,
    keepSource: z.boolean(),
    targetIds: z.array(unitRef).min(1, 'Chọn đơn vị nhận phần chia tách.'),
    principalId: unitRef.nullish(),
    ...common,
  }),
  z.object({
    kind: z.literal('dissolve'),
    unitId: existingUnit,
    successorIds: z.array(unitRef).min(1, 'Chọn ít nhất một đơn vị kế thừa.'),
    principalId: unitRef.nullish(),
    ...common,
  }),
]);
export type OrgChangeRequest = z.infer<typeof OrgChangeRequest>;
export type OrgChangeKind = OrgChangeRequest['kind'];

/** One record the change moves (or leaves where it is), as the preview lists it. */
export const TransferItem = z.object({
  /** '<entity type>:<id>', the key of `destinations`. */
  key: z.string(),
  label: z.string(),
  fromUnitId: z.number(),
  fromUnitName: z.string(),
  toUnitId: z.number().nullable(),
  toUnitName: z.string().nullable(),
  /** moves: to toUnitId; stays: history of its own day; conflict: cannot move (reason); locked: a user account closed. */
  status: z.enum(['moves', 'stays', 'conflict', 'locked']),
  reason: z.string().nullable(),
  /** Whether the administrator may choose another destination. */
  choosable: z.boolean(),
});
export type TransferItem = z.infer<typeof TransferItem>;

/** Kinds of records a change can move: users, open tasks, plans, open dossiers, survey samples, report windows… */
export const TransferGroup = z.object({ key: z.string(), items: z.array(TransferItem) });
export type TransferGroup = z.infer<typeof TransferGroup>;

export const OrgChangeOutcome = z.object({
  /** One Vietnamese sentence: what happens, from when, under which decision. */
  summary: z.string(),
  units: z.array(
    z.object({ unitId: z.number(), name: z.string(), change: z.enum(['established', 'ended', 'renamed', 'moved', 'retyped']), detail: z.string() }),
  ),
  childMoves: z.array(z.object({ unitId: z.number(), name: z.string(), fromName: z.string(), toName: z.string() })),
  links: z.array(
    z.object({ fromUnitId: z.number(), fromName: z.string(), toUnitId: z.number(), toName: z.string(), principal: z.boolean(), note: z.string().nullable() }),
  ),
  groups: z.array(TransferGroup),
  /** New unit ref → the id it received. */
  newUnitIds: z.record(z.string(), z.number()),
  /** Users given read access to an ended unit's history. */
  historyGrants: z.array(z.object({ userId: z.number(), username: z.string(), unitId: z.number(), unitName: z.string() })),
});
export type OrgChangeOutcome = z.infer<typeof OrgChangeOutcome>;

export const OrgChange = z.object({
  id: z.number(),
  kind: z.string(),
  effectiveOn: z.string(),
  decisionNo: z.string(),
  decisionDate: z.string().nullable(),
  issuedBy: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  outcome: OrgChangeOutcome,
});
export type OrgChange = z.infer<typeof OrgChange>;
export const OrgChangeList = z.array(OrgChange);

/** One period of a unit's life. */
export const UnitPeriod = z.object({
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  type: UnitType,
  district: z.string().nullable(),
  parentId: z.number().nullable(),
  parentName: z.string().nullable(),
  change: z.object({ id: z.number(), kind: z.string(), decisionNo: z.string() }).nullable(),
});

const LinkedUnit = z.object({ unitId: z.number(), name: z.string(), on: z.string(), principal: z.boolean(), note: z.string().nullable() });

/** A unit's whole life: its periods, where it came from and who carries it on today. */
export const UnitHistory = z.object({
  unit: OrgUnit,
  periods: z.array(UnitPeriod),
  predecessors: z.array(LinkedUnit),
  successors: z.array(LinkedUnit),
  /** Units alive today that carry it on (itself when alive): "the communes of the former district". */
  currentSuccessors: z.array(z.object({ unitId: z.number(), name: z.string() })),
  changes: z.array(OrgChange.pick({ id: true, kind: true, effectiveOn: true, decisionNo: true, issuedBy: true }).extend({ summary: z.string() })),
});
export type UnitHistory = z.infer<typeof UnitHistory>;

export const HistoryGrant = z.object({
  id: z.number(),
  userId: z.number(),
  username: z.string(),
  fullName: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  note: z.string().nullable(),
  grantedAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type HistoryGrant = z.infer<typeof HistoryGrant>;
export const HistoryGrantList = z.array(HistoryGrant);
export const CreateHistoryGrantRequest = z.object({ userId: existingUnit, unitId: existingUnit, note: z.string().trim().max(500).nullish() });
export type CreateHistoryGrantRequest = z.infer<typeof CreateHistoryGrantRequest>;
export const HistoryGrantQuery = z.object({ userId: z.coerce.number().int().positive().optional(), unitId: z.coerce.number().int().positive().optional() });
