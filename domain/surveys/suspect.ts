/**
 * Flags answers that look like ballot stuffing. Flagged answers are kept and shown apart in the
 * results (they can be included or left out), never silently dropped: a person may answer fast.
 */

export interface SuspectFacts {
  /** Value of the hidden honeypot field; people never see it, robots fill it. */
  honeypot: string | undefined;
  /** How long the form was open, when the browser said so. */
  elapsedMs: number | undefined;
  /** Answers already received from the same source on the same survey within the last hour. */
  recentFromSameSource: number;
  /** Questions the survey shows before the answer could be sent. */
  questionCount: number;
}

/** Answers from one source in an hour beyond which the next are flagged (a kiosk is exempt: it is one device for many people). */
export const MAX_ANSWERS_PER_SOURCE_PER_HOUR = 5;
/** Seconds a person needs at least per question to read it. */
export const MIN_SECONDS_PER_QUESTION = 1;

/** The reasons an answer is suspect (Vietnamese), empty when it looks genuine. */
export function suspectReasons(facts: SuspectFacts, opts: { kiosk: boolean }): string[] {
  const reasons: string[] = [];
  if (facts.honeypot !== undefined && facts.honeypot.trim() !== '') reasons.push('Trường ẩn chống máy tự điền đã bị điền.');
  const minMs = facts.questionCount * MIN_SECONDS_PER_QUESTION * 1000;
  if (facts.elapsedMs !== undefined && facts.elapsedMs < minMs) {
    reasons.push(`Phiếu được gửi sau ${Math.round(facts.elapsedMs / 100) / 10} giây, nhanh hơn thời gian đọc tối thiểu (${minMs / 1000} giây).`);
  }
  if (!opts.kiosk && facts.recentFromSameSource >= MAX_ANSWERS_PER_SOURCE_PER_HOUR) {
    reasons.push(`Đã có ${facts.recentFromSameSource} phiếu từ cùng một nguồn trong 1 giờ qua.`);
  }
  return reasons;
}
