/**
 * The shape of a yearly CCHC plan (Kế hoạch CCHC năm) as data: its key targets, its tasks per reform
 * area and the calendar it sets. The fixtures and the server's demo data use these types.
 */
import type { IsoDate } from '../time/iso-date';
import type { Target } from '../targets/target';
import type { TaskSource, UnitRef } from '../tasks/task';
import type { PlanStatus } from './plan-status';
import type { ReformAreaKey } from './reform-areas';

/** One numbered item of the plan's "Chỉ tiêu chủ yếu": its wording and the measurable targets it holds (none, one or several). */
export interface KeyTargetItem {
  readonly no: number;
  readonly text: string;
  readonly targets: readonly Target[];
}

/** A task of the plan: a line of the appendix, or a point of the body's "Nhiệm vụ, giải pháp". */
export interface PlanTask {
  readonly id: string;
  readonly origin: 'appendix' | 'body';
  /** Numbering as printed: appendix STT ("5") or body point ("III.3.b"). */
  readonly no: string;
  readonly areaKey: ReformAreaKey;
  readonly content: string;
  readonly leadUnits: readonly UnitRef[];
  readonly coordinatingUnits: readonly UnitRef[];
  /** The "Thời gian" text as printed; null when the plan gives none (body points). */
  readonly timeFrameText: string | null;
  /** "Sản phẩm" as printed; null when the cell is empty. */
  readonly product: string | null;
  readonly source: TaskSource;
  /** Measurable targets the task itself states ("tối thiểu 80% hồ sơ…"). */
  readonly targets: readonly Target[];
  /** Where the data needed a reading of the source, said plainly. */
  readonly note?: string;
}

/** A date the plan sets for units (plans, budget estimates, reports). */
export interface PlanDeadline {
  readonly key: string;
  readonly label: string;
  /** Who must meet it, as the plan says. */
  readonly appliesTo: string;
  /** The wording of the plan, e.g. "trước ngày 15/01/2025". */
  readonly dueText: string;
  /** "Trước ngày X" is read as "no later than X" (see time-frame.ts). */
  readonly due: IsoDate;
}

export interface Plan {
  readonly id: string;
  readonly year: number;
  /** Document number as printed (the seed's number is blank). */
  readonly documentNumber: string;
  readonly issuer: string;
  readonly title: string;
  readonly place: string;
  readonly status: PlanStatus;
  readonly signer: { readonly name: string; readonly title: string };
  readonly legalBasis: readonly string[];
  readonly keyTargets: readonly KeyTargetItem[];
  readonly tasks: readonly PlanTask[];
  readonly deadlines: readonly PlanDeadline[];
}
