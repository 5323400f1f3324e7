import { ONE_STOP_CHANNEL_QUESTION, ONE_STOP_PORTAL_QUESTION } from './one-stop-survey';
import { parseSurveyDefinition, type SurveyDefinition, type SurveyDefinitionInput } from './survey-definition';

/** A one-stop-shop survey in the SIPAS shape, used by the tests: the department's channel and portal questions, then questions that exercise every rule (weights, conditions, limits). */
export const oneStopSurveyInput: SurveyDefinitionInput = {
  id: 'sipas-mot-cua-2025',
  title: 'Phiếu khảo sát sự hài lòng tại Bộ phận Một cửa',
  factorWeights: { officer: 2 },
  sections: [
    {
      id: 'chung',
      title: 'Thông tin chung',
      questions: [
        ONE_STOP_CHANNEL_QUESTION,
        { id: 'so-lan', type: 'number', label: 'Số lần phải đi lại', integer: true, min: 1, max: 10 },
        { ...ONE_STOP_PORTAL_QUESTION, id: 'de-dung' },
      ],
    },
    {
      id: 'danh-gia',
      title: 'Đánh giá',
      questions: [
        { id: 'a1', type: 'likert5', label: 'Dễ tiếp cận nơi tiếp nhận hồ sơ', required: true, factor: { factor: 'access' } },
        { id: 'p1', type: 'likert5', label: 'Thủ tục được niêm yết đầy đủ', required: true, factor: { factor: 'procedure' } },
        { id: 'o1', type: 'likert5', label: 'Công chức hướng dẫn tận tình', required: true, factor: { factor: 'officer', weight: 2 } },
        { id: 'o2', type: 'likert5', label: 'Công chức đúng giờ hẹn', required: true, factor: { factor: 'officer' } },
        {
          id: 'ly-do',
          type: 'multiple',
          label: 'Điều chưa hài lòng về công chức',
          required: true,
          showIf: { questionId: 'o1', in: [1, 2] },
          minSelected: 1,
          maxSelected: 2,
          options: [
            { value: 'thai-do', label: 'Thái độ' },
            { value: 'cham', label: 'Chậm' },
            { value: 'khong-ro', label: 'Hướng dẫn không rõ' },
          ],
        },
        { id: 'r1', type: 'likert5', label: 'Kết quả đúng quy định', required: true, factor: { factor: 'result' } },
        { id: 'f1', type: 'likert5', label: 'Góp ý được tiếp nhận, trả lời', factor: { factor: 'feedback' } },
        { id: 'gop-y', type: 'text', label: 'Góp ý khác', maxLength: 20 },
      ],
    },
  ],
};

function parsed(input: SurveyDefinitionInput): SurveyDefinition {
  const result = parseSurveyDefinition(input);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.survey;
}

export const oneStopSurvey = parsed(oneStopSurveyInput);
