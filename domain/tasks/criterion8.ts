/**
 * Inputs of PAR Index criteria 8.1 and 8.2 (seed 004): 8.1 = done / assigned × 2,5 and
 * 8.2 = done on time / assigned × 2,5. Which tasks belong in each denominator is not settled by the
 * seeds, so it is a policy stated as data and named in every explanation.
 */
import type { OutcomeSummary } from './outcome';

/** How tasks are counted for criteria 8.1 and 8.2. */
export interface Criterion8Policy {
  readonly id: string;
  readonly label: string;
  /** 8.1: leave tasks without a deadline out of "assigned". */
  readonly excludeNoDeadlineFrom81: boolean;
  /** 8.2: leave tasks without a deadline out of "assigned" (and so out of the numerator too). */
  readonly excludeNoDeadlineFrom82: boolean;
  /** 8.2: a task done that had no deadline cannot be late; count it as on time? Ignored when excluded. */
  readonly doneNoDeadlineCountsOnTime: boolean;
}

/** The formula as written: every assigned task in both denominators, only "hoàn thành trong hạn" on time. */
export const DEFAULT_CRITERION8_POLICY: Criterion8Policy = {
  id: 'all-assigned',
  label: 'Mẫu số là toàn bộ nhiệm vụ được giao',
  excludeNoDeadlineFrom81: false,
  excludeNoDeadlineFrom82: false,
  doneNoDeadlineCountsOnTime: false,
};

/** The option: 8.2 judges timeliness only where there was a deadline to meet. */
export const DEADLINE_ONLY_82_POLICY: Criterion8Policy = {
  id: 'deadline-only-82',
  label: 'Tiêu chí 8.2 chỉ tính nhiệm vụ có thời hạn',
  excludeNoDeadlineFrom81: false,
  excludeNoDeadlineFrom82: true,
  doneNoDeadlineCountsOnTime: false,
};

/** A ratio input of a criterion; `ratio` is null when nothing was assigned (no basis to score). */
export interface RatioInput {
  readonly numerator: number;
  readonly denominator: number;
  readonly ratio: number | null;
  readonly explanation: string;
}

export interface Criterion8Inputs {
  readonly policyId: string;
  readonly '8.1': RatioInput;
  readonly '8.2': RatioInput;
}

function ratioInput(numerator: number, denominator: number, what: string, policy: Criterion8Policy): RatioInput {
  const ratio = denominator === 0 ? null : numerator / denominator;
  const tail = denominator === 0 ? 'không có nhiệm vụ được giao để tính' : `${numerator}/${denominator}`;
  return { numerator, denominator, ratio, explanation: `${what}: ${tail} (${policy.label}).` };
}

/** The numerators and denominators of criteria 8.1 and 8.2 from an outcome summary, under a counting policy. */
export function criterion8Inputs(summary: OutcomeSummary, policy: Criterion8Policy = DEFAULT_CRITERION8_POLICY): Criterion8Inputs {
  const withDeadline = summary.assigned - summary.doneNoDeadline - summary.openNoDeadline;

  const done81 = policy.excludeNoDeadlineFrom81 ? summary.done - summary.doneNoDeadline : summary.done;
  const assigned81 = policy.excludeNoDeadlineFrom81 ? withDeadline : summary.assigned;

  const onTime82 = summary.doneOnTime + (!policy.excludeNoDeadlineFrom82 && policy.doneNoDeadlineCountsOnTime ? summary.doneNoDeadline : 0);
  const assigned82 = policy.excludeNoDeadlineFrom82 ? withDeadline : summary.assigned;

  return {
    policyId: policy.id,
    '8.1': ratioInput(done81, assigned81, '8.1 Nhiệm vụ hoàn thành / được giao', policy),
    '8.2': ratioInput(onTime82, assigned82, '8.2 Nhiệm vụ hoàn thành đúng hạn / được giao', policy),
  };
}
