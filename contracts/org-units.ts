import { z } from 'zod';
import { UnitType } from './roles';

export const OrgUnit = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  type: UnitType,
  district: z.string().nullable(),
  active: z.boolean(),
  /** First day (null: since before the system's records) and the day it ended (null while it exists). */
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});
export type OrgUnit = z.infer<typeof OrgUnit>;

/** ?on=YYYY-MM-DD: the units as they stood that day (names, parents, types of that day). */
export const OrgUnitListQuery = z.object({
  on: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng YYYY-MM-DD.')
    .optional(),
});

export const unitCode = z
  .string()
  .trim()
  .min(1, 'Nhập mã đơn vị.')
  .max(40, 'Mã đơn vị tối đa 40 ký tự.')
  .regex(/^[A-Za-z0-9._-]+$/, 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.');

export const CreateOrgUnitRequest = z.object({
  parentId: z.number().int().positive({ message: 'Chọn đơn vị cấp trên.' }),
  code: unitCode,
  name: z.string().trim().min(2, 'Tên đơn vị cần ít nhất 2 ký tự.').max(200),
  shortName: z.string().trim().max(60).nullish(),
  type: UnitType,
  district: z.string().trim().max(100).nullish(),
  /** Day it began; omitted: it existed before the system's records (an existing school added late). */
  validFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng YYYY-MM-DD.')
    .nullish(),
});
export type CreateOrgUnitRequest = z.infer<typeof CreateOrgUnitRequest>;

export const UpdateOrgUnitRequest = z.object({
  name: z.string().trim().min(2, 'Tên đơn vị cần ít nhất 2 ký tự.').max(200).optional(),
  shortName: z.string().trim().max(60).nullish(),
  district: z.string().trim().max(100).nullish(),
  /** Moving a unit re-parents its whole subtree. */
  parentId: z.number().int().positive().optional(),
  active: z.boolean().optional(),
});
export type UpdateOrgUnitRequest = z.infer<typeof UpdateOrgUnitRequest>;

export const OrgUnitList = z.array(OrgUnit);
