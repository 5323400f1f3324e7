/**
 * What a task (nhiệm vụ) is, as far as the rules need: when it was due, when it was done, where it
 * comes from and who leads it. Plans and fixtures build on these types.
 */
import type { IsoDate } from '../time/iso-date';
import type { ReformAreaKey } from '../plans/reform-areas';

/** Who gave the task: the unit's own plan, the city/province People's Committee, or the Ministry. */
export type TaskSource = 'self' | 'city' | 'ministry';

export const TASK_SOURCE_LABELS: Readonly<Record<TaskSource, string>> = {
  self: 'Kế hoạch của đơn vị',
  city: 'UBND tỉnh/thành phố giao',
  ministry: 'Bộ GDĐT giao',
};

/**
 * Short codes of the units that lead or coordinate tasks. The divisions are the Sở's own (seed 003 §V);
 * the last four stand for groups the seeds name without listing them.
 */
export const UNIT_CODES = [
  'VP', // Văn phòng Sở
  'TCCB', // Phòng Tổ chức cán bộ
  'KHTC', // Phòng Kế hoạch - Tài chính
  'TTr', // Thanh tra Sở
  'GDTrH', // Phòng Giáo dục Trung học
  'GDMN-GDTH', // Phòng Giáo dục Mầm non - Giáo dục Tiểu học
  'GDTX-DH', // Phòng Giáo dục Thường xuyên và Đại học
  'KTKDCLGD', // Phòng Khảo thí và Kiểm định chất lượng giáo dục
  'PGDDT', // Phòng GDĐT quận, huyện
  'TRUONG', // trường, trung tâm, đơn vị giáo dục trực thuộc
  'CAC-PHONG', // "các phòng Sở", "các phòng CMNV Sở": every division
  'KHAC', // bodies outside the Sở ("các cơ quan, tổ chức có liên quan", "tổ chức, cá nhân")
] as const;

export type UnitCode = (typeof UNIT_CODES)[number];

/** A unit as the source names it, with the code the system files it under. */
export interface UnitRef {
  readonly name: string;
  readonly code: UnitCode;
}

/** The facts the outcome classes depend on. */
export interface TaskFacts {
  readonly deadline: IsoDate | null;
  readonly doneOn: IsoDate | null;
  /** The day the task was cancelled by an adjustment of the plan (hủy); absent or null: in force. */
  readonly cancelledOn?: IsoDate | null;
}

/**
 * Whether a task is cancelled as of a date. Like a completion, a cancellation dated after `asOf` is
 * not known yet, so figures as of an earlier date still count the task.
 */
export function isCancelled(task: Pick<TaskFacts, 'cancelledOn'>, asOf: IsoDate): boolean {
  return task.cancelledOn != null && task.cancelledOn <= asOf;
}

/** A task with what grouping and reporting need on top of its facts. */
export interface TaskRecord extends TaskFacts {
  readonly id: string;
  readonly content: string;
  readonly areaKey: ReformAreaKey;
  readonly source: TaskSource;
  readonly leadUnitCode: UnitCode;
}
