// Metrics of the citizen feature for targets, criteria (3.4.5 of seed 004) and the 766 satisfaction group.
import { combineSatisfaction, overallWithInterval, type SatisfactionMethodKey } from '../../../domain/surveys';
import type { Executor } from '../../db/client';
import { ratioValue, type MetricDefinition, type MetricQuery, type MetricValue } from '../../metrics/registry';
import { feedbackRepository } from './feedback.repository';
import { surveyRepository } from './survey.repository';
import { definitionOf } from './survey.service';

async function feedbackCounts(exec: Executor, q: MetricQuery) {
  const root = await feedbackRepository.rootUnit(exec);
  return feedbackRepository.countsForMetrics(exec, { unitPath: q.unitPath, rootPath: root.path, from: q.from, to: q.to });
}

function feedbackMetric(key: string, vi: string, en: string, pick: (c: Awaited<ReturnType<typeof feedbackCounts>>) => number, what: string): MetricDefinition {
  return {
    key,
    label: { vi, en },
    unit: 'count',
    feature: 'citizen',
    async compute(exec, q) {
      const c = await feedbackCounts(exec, q);
      const value = pick(c);
      return {
        value,
        numerator: value,
        denominator: c.received,
        source: `Sổ theo dõi phản ánh, kiến nghị: ${value} ${what} trên ${c.received} phản ánh tiếp nhận từ ${q.from} đến ${q.to}.`,
      };
    },
  };
}

/** Satisfaction over every survey answered under the unit in the period, suspect answers left out. */
async function satisfaction(exec: Executor, q: MetricQuery): Promise<{ value: number | null; responses: number; surveys: number }> {
  const surveys = await surveyRepository.list(exec);
  const parts = [];
  for (const s of surveys) {
    const rows = (await surveyRepository.responses(exec, { surveyId: s.id, unitPath: q.unitPath, from: q.from, to: q.to })).filter((r) => !r.suspect);
    if (rows.length === 0) continue;
    const o = overallWithInterval(
      definitionOf(s),
      rows.map((r) => r.answers),
      s.method as SatisfactionMethodKey,
    );
    parts.push({ value: o.value, responses: o.used });
  }
  return { ...combineSatisfaction(parts), surveys: parts.length };
}

export const citizenMetrics: MetricDefinition[] = [
  feedbackMetric('feedback.received', 'Số phản ánh, kiến nghị đã tiếp nhận', 'Feedback received', (c) => c.received, 'phản ánh'),
  feedbackMetric('feedback.handled', 'Số phản ánh, kiến nghị đã xử lý', 'Feedback handled', (c) => c.handled, 'đã xử lý (trả lời hoặc từ chối)'),
  feedbackMetric(
    'feedback.handledOnTime',
    'Số phản ánh, kiến nghị xử lý đúng hạn',
    'Feedback handled on time',
    (c) => c.handledOnTime,
    'xử lý trong 15 ngày làm việc',
  ),
  {
    // Quyết định 766/QĐ-TTg: handled on time (or early) over every feedback received within the unit's remit.
    key: 'feedback.handledOnTimeRate',
    label: { vi: 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', en: 'Feedback handled on time (share)' },
    unit: '%',
    feature: 'citizen',
    async compute(exec, q) {
      const c = await feedbackCounts(exec, q);
      return ratioValue(
        c.handledOnTime,
        c.received,
        `Sổ theo dõi phản ánh, kiến nghị: ${c.handledOnTime}/${c.received} phản ánh tiếp nhận từ ${q.from} đến ${q.to} được xử lý trong 15 ngày làm việc.`,
      );
    },
  },
  feedbackMetric(
    'feedback.published',
    'Số câu trả lời phản ánh, kiến nghị đã công khai',
    'Feedback answers published',
    (c) => c.published,
    'đã công khai câu trả lời',
  ),
  {
    key: 'surveys.responses',
    label: { vi: 'Số lượt trả lời khảo sát', en: 'Survey responses' },
    unit: 'count',
    feature: 'citizen',
    async compute(exec, q): Promise<MetricValue> {
      const s = await satisfaction(exec, q);
      return {
        value: s.responses,
        numerator: s.responses,
        source: `Phiếu khảo sát của hệ thống: ${s.responses} lượt trả lời hợp lệ (không tính phiếu nghi vấn) từ ${q.from} đến ${q.to}.`,
      };
    },
  },
  {
    key: 'surveys.satisfactionRate',
    label: { vi: 'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC', en: 'Citizen satisfaction with procedures' },
    unit: '%',
    feature: 'citizen',
    async compute(exec, q): Promise<MetricValue> {
      const s = await satisfaction(exec, q);
      if (s.value === null) return { value: null, numerator: 0, denominator: 0, source: `Chưa có phiếu khảo sát nào được trả lời từ ${q.from} đến ${q.to}.` };
      return {
        value: s.value * 100,
        numerator: Math.round(s.value * s.responses),
        denominator: s.responses,
        source: `Phiếu khảo sát của hệ thống: ${Math.round(s.value * 1000) / 10}% trên ${s.responses} lượt trả lời, ${s.surveys} phiếu; mỗi phiếu tính theo phương pháp đã chọn (công thức SIPAS chính thức chưa được xác nhận).`,
      };
    },
  },
];
