import { describe, expect, it } from 'vitest';
import { parseSurveyDefinition, surveyQuestions, validateResponse } from './index';
import { oneStopSurvey, oneStopSurveyInput } from './survey.fixture';

const complete = { kenh: 'truc-tiep', a1: 5, p1: 4, o1: 5, o2: 3, r1: 4 };

describe('parseSurveyDefinition', () => {
  it('fills defaults: optional questions, weight 1, text length 2000', () => {
    const questions = surveyQuestions(oneStopSurvey);
    expect(questions.find((q) => q.id === 'so-lan')?.required).toBe(false);
    const a1 = questions.find((q) => q.id === 'a1');
    expect(a1?.type === 'likert5' && a1.factor).toEqual({ factor: 'access', weight: 1 });
  });

  it('refuses duplicate ids, conditions on later questions and values a question cannot take', () => {
    const [chung, danhGia] = oneStopSurveyInput.sections;
    const broken = {
      ...oneStopSurveyInput,
      sections: [
        { ...chung, questions: [...chung.questions, { id: 'kenh', type: 'text', label: 'Trùng mã' }] },
        {
          ...danhGia,
          questions: [
            { id: 'x', type: 'text', label: 'Phụ thuộc câu sau', showIf: { questionId: 'y', equals: 'a' } },
            { id: 'y', type: 'likert5', label: 'Thang', showIf: { questionId: 'kenh', equals: 'dien-thoai' } },
          ],
        },
      ],
    };
    const result = parseSurveyDefinition(broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'sections.0.questions.3: Mã câu hỏi «kenh» bị trùng.',
      'sections.1.questions.0: Câu «Phụ thuộc câu sau» phụ thuộc câu «y», câu này không có hoặc không đứng trước.',
      'sections.1.questions.1: Câu «Thang» phụ thuộc giá trị không có ở câu «Ông/bà nộp hồ sơ qua hình thức nào?»: dien-thoai.',
    ]);
  });

  it('refuses a factor that SIPAS does not have', () => {
    const result = parseSurveyDefinition({
      id: 's',
      title: 't',
      sections: [{ id: 'a', title: 'b', questions: [{ id: 'q', type: 'likert5', label: 'q', factor: { factor: 'price' } }] }],
    });
    expect(result.ok).toBe(false);
  });
});

describe('validateResponse', () => {
  it('accepts a complete response and keeps only shown questions', () => {
    const check = validateResponse(oneStopSurvey, { ...complete, 'de-dung': 2, 'gop-y': '  Tốt  ' });
    expect(check.errors).toEqual([]);
    expect(check.valid).toBe(true);
    expect(check.hidden).toEqual(['de-dung', 'ly-do']);
    expect(check.answers).toEqual({ ...complete, 'gop-y': 'Tốt' });
  });

  it('requires a conditional question only when it is shown', () => {
    const online = validateResponse(oneStopSurvey, { ...complete, kenh: 'truc-tuyen' });
    expect(online.errors).toEqual([{ questionId: 'de-dung', message: 'Câu «Cổng dịch vụ công dễ sử dụng» là câu bắt buộc, vui lòng trả lời.' }]);
    const unhappy = validateResponse(oneStopSurvey, { ...complete, o1: 2 });
    expect(unhappy.errors.map((e) => e.questionId)).toEqual(['ly-do']);
    expect(validateResponse(oneStopSurvey, { ...complete, o1: 2, 'ly-do': ['cham'] }).valid).toBe(true);
  });

  it('hides a question whose condition hangs on an invalid answer', () => {
    const check = validateResponse(oneStopSurvey, { ...complete, o1: 0, 'ly-do': ['cham'] });
    expect(check.errors).toEqual([{ questionId: 'o1', message: 'Câu «Công chức hướng dẫn tận tình»: chọn một mức từ 1 đến 5.' }]);
    expect(check.hidden).toContain('ly-do');
  });

  it('says what is wrong with each answer, in Vietnamese', () => {
    const check = validateResponse(oneStopSurvey, {
      kenh: 'fax',
      'so-lan': 2.5,
      p1: 4,
      o1: 1,
      'ly-do': ['cham', 'thai-do', 'khong-ro'],
      o2: 3,
      r1: 6,
      'gop-y': 'Cần thêm chỗ ngồi chờ cho người dân',
      'cau-la': 1,
    });
    expect(check.valid).toBe(false);
    expect(check.errors).toEqual([
      { questionId: 'kenh', message: 'Câu «Ông/bà nộp hồ sơ qua hình thức nào?»: phương án «fax» không có trong danh sách.' },
      { questionId: 'so-lan', message: 'Câu «Số lần phải đi lại»: phải là số nguyên.' },
      { questionId: 'a1', message: 'Câu «Dễ tiếp cận nơi tiếp nhận hồ sơ» là câu bắt buộc, vui lòng trả lời.' },
      { questionId: 'ly-do', message: 'Câu «Điều chưa hài lòng về công chức»: chọn tối đa 2 phương án.' },
      { questionId: 'r1', message: 'Câu «Kết quả đúng quy định»: chọn một mức từ 1 đến 5.' },
      { questionId: 'gop-y', message: 'Câu «Góp ý khác»: tối đa 20 ký tự (hiện có 35).' },
      { questionId: 'cau-la', message: 'Câu hỏi «cau-la» không có trong phiếu khảo sát «Phiếu khảo sát sự hài lòng tại Bộ phận Một cửa».' },
    ]);
  });

  it('checks number bounds with a decimal comma', () => {
    const check = validateResponse(oneStopSurvey, { ...complete, 'so-lan': 11 });
    expect(check.errors).toEqual([{ questionId: 'so-lan', message: 'Câu «Số lần phải đi lại»: không được lớn hơn 10.' }]);
  });
});
