import { describe, expect, it } from 'vitest';
import {
  assertReportEditable,
  classifySubmission,
  newReportSubmission,
  ReportRuleError,
  transitionReport,
  windowsForYear,
  type ReportSubmissionState,
} from './index';

const ID = 'BC-Q1-2025/pgd-le-chan';

function refusal(fn: () => unknown): ReportRuleError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ReportRuleError) return error;
    throw error;
  }
  throw new Error('expected a ReportRuleError');
}

describe('report submission workflow', () => {
  const draft = newReportSubmission(ID);
  const sent = transitionReport(draft, { type: 'submit', on: '2025-03-05' });
  const returned = transitionReport(sent, { type: 'return', on: '2025-03-06', comment: '  Thiếu số liệu hồ sơ trực tuyến ' });
  const resent = transitionReport(returned, { type: 'submit', on: '2025-03-11' });
  const approved = transitionReport(resent, { type: 'approve', on: '2025-03-12' });

  it('goes draft → submitted → returned → submitted → approved and locks', () => {
    expect([draft, sent, returned, resent, approved].map((s) => s.status)).toEqual(['draft', 'submitted', 'returned', 'submitted', 'approved']);
    expect(approved).toMatchObject<Partial<ReportSubmissionState>>({
      firstSubmittedAt: '2025-03-05',
      submittedAt: '2025-03-11',
      approvedAt: '2025-03-12',
      returnComment: 'Thiếu số liệu hồ sơ trực tuyến',
      locked: true,
    });
    expect(approved.history).toEqual([
      { status: 'submitted', on: '2025-03-05' },
      { status: 'returned', on: '2025-03-06', comment: 'Thiếu số liệu hồ sơ trực tuyến' },
      { status: 'submitted', on: '2025-03-11' },
      { status: 'approved', on: '2025-03-12' },
    ]);
  });

  it('judges timeliness by the sending that counts: returned then re-sent after the 10th is late', () => {
    const [q1] = windowsForYear(2025);
    expect(classifySubmission(q1, sent, '2025-03-06')).toBe('on-time');
    expect(classifySubmission(q1, returned, '2025-03-11')).toBe('missing');
    expect(classifySubmission(q1, approved, '2025-03-31')).toBe('late');
  });

  it('refuses to approve a draft, to return without a comment, and anything once approved', () => {
    const early = refusal(() => transitionReport(draft, { type: 'approve', on: '2025-03-05' }));
    expect(early.code).toBe('REPORT_ILLEGAL_TRANSITION');
    expect(early.message).toBe(`Báo cáo ${ID} đang soạn, chưa gửi, không thể phê duyệt.`);
    expect(refusal(() => transitionReport(sent, { type: 'return', on: '2025-03-06', comment: ' ' })).code).toBe('REPORT_COMMENT_REQUIRED');
    const locked = refusal(() => transitionReport(approved, { type: 'submit', on: '2025-03-13' }));
    expect(locked.code).toBe('REPORT_LOCKED');
    expect(locked.message).toBe(`Báo cáo ${ID} đã được phê duyệt và khóa, không thể gửi.`);
  });

  it('refuses an action dated before the previous one', () => {
    expect(refusal(() => transitionReport(sent, { type: 'approve', on: '2025-03-01' })).code).toBe('REPORT_OUT_OF_ORDER');
  });

  it('lets the unit edit only a draft or a returned report', () => {
    expect(() => assertReportEditable(draft)).not.toThrow();
    expect(() => assertReportEditable(returned)).not.toThrow();
    expect(refusal(() => assertReportEditable(sent)).code).toBe('REPORT_NOT_EDITABLE');
    expect(refusal(() => assertReportEditable(approved)).message).toBe(`Báo cáo ${ID} đã được phê duyệt và khóa, không thể sửa nội dung.`);
  });
});
