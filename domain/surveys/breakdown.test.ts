import { describe, expect, it } from 'vitest';
import { combineSatisfaction, overallWithInterval, satisfactionByGroup } from './breakdown';
import { parseSurveyDefinition, type SurveyDefinition } from './survey-definition';
import { wilsonInterval } from './satisfaction';

const parsed = parseSurveyDefinition({
  id: 's',
  title: 'Khảo sát',
  sections: [
    {
      id: 'a',
      title: 'Đánh giá',
      questions: [
        { id: 'q1', type: 'likert5', label: 'Cán bộ lịch sự', required: true, factor: { factor: 'officer' } },
        { id: 'q2', type: 'likert5', label: 'Kết quả đúng hẹn', required: true, factor: { factor: 'result' } },
      ],
    },
  ],
});
const survey = (parsed as { ok: true; survey: SurveyDefinition }).survey;

describe('satisfaction by group', () => {
  it('works a case by hand: unit A 3 of 4 answers satisfied, unit B 1 of 2', () => {
    const rows = [
      { unit: 'A', answers: { q1: 5, q2: 4 } },
      { unit: 'A', answers: { q1: 3, q2: 4 } },
      { unit: 'B', answers: { q1: 2, q2: 5 } },
    ];
    const groups = satisfactionByGroup(survey, rows, (r) => r.unit, 'share-satisfied');
    // A: officer 1/2, result 2/2 → (0.5 + 1) ÷ 2 = 75%; B: officer 0/1, result 1/1 → 50%.
    expect(groups).toEqual([
      { key: 'A', responses: 2, value: 0.75, ci: null },
      { key: 'B', responses: 1, value: 0.5, ci: null },
    ]);
  });

  it('puts a Wilson interval on respondents from 10 up', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ q1: i < 9 ? 5 : 1, q2: i < 9 ? 5 : 1 }));
    const o = overallWithInterval(survey, rows, 'share-satisfied');
    expect(o.value).toBeCloseTo(0.9, 10);
    expect(o.ci).toEqual(wilsonInterval(0.9, 10));
  });

  it('gives no interval for the mean-score method', () => {
    expect(overallWithInterval(survey, [{ q1: 5, q2: 5 }], 'mean-score')).toMatchObject({ value: 1, ci: null, ciNote: 'không áp dụng cho điểm trung bình' });
  });
});

describe('combining surveys', () => {
  it('weights by respondents and ignores surveys without data', () => {
    // 90% on 30 people and 60% on 10 → (27 + 6) ÷ 40 = 82.5%.
    expect(
      combineSatisfaction([
        { value: 0.9, responses: 30 },
        { value: 0.6, responses: 10 },
        { value: null, responses: 0 },
      ]),
    ).toEqual({ value: 0.825, responses: 40 });
    expect(combineSatisfaction([])).toEqual({ value: null, responses: 0 });
  });
});
