// The department's one-stop survey (SIPAS shape): one source for the demo, the public page's tests and the
// rules' test questionnaire (survey.fixture.ts takes its channel and portal questions from here).
import type { SurveyDefinitionInput } from './survey-definition';

type Factor = 'access' | 'procedure' | 'officer' | 'result' | 'feedback';
const likert = (id: string, label: string, factor: Factor) => ({ id, type: 'likert5' as const, label, required: true, factor: { factor } });

/** "How did you apply?": the channel asked first, so the portal question can be shown only to those online. */
export const ONE_STOP_CHANNEL_QUESTION = {
  id: 'kenh',
  type: 'single' as const,
  label: 'Ông/bà nộp hồ sơ qua hình thức nào?',
  required: true,
  options: [
    { value: 'truc-tiep', label: 'Trực tiếp tại Bộ phận Một cửa' },
    { value: 'truc-tuyen', label: 'Trực tuyến' },
    { value: 'buu-chinh', label: 'Qua bưu chính công ích' },
  ],
};

/** Asked only of those who applied online. */
export const ONE_STOP_PORTAL_QUESTION = {
  ...likert('cong-dvc', 'Cổng dịch vụ công dễ sử dụng', 'access'),
  showIf: { questionId: 'kenh', equals: 'truc-tuyen' },
};

/** The department's one-stop survey in the SIPAS shape (five factors); weights equal, as the formula is unconfirmed. */
export const ONE_STOP_SURVEY: SurveyDefinitionInput = {
  id: 'sipas-mot-cua',
  title: 'Khảo sát sự hài lòng về giải quyết thủ tục hành chính',
  factorWeights: {},
  sections: [
    {
      id: 'chung',
      title: 'Thông tin chung',
      questions: [ONE_STOP_CHANNEL_QUESTION, ONE_STOP_PORTAL_QUESTION],
    },
    {
      id: 'danh-gia',
      title: 'Đánh giá (1 = rất không hài lòng, 5 = rất hài lòng)',
      questions: [
        likert('tiep-can', 'Nơi tiếp nhận hồ sơ dễ tìm, đủ tiện nghi', 'access'),
        likert('thu-tuc', 'Thủ tục được niêm yết công khai, đầy đủ, dễ hiểu', 'procedure'),
        likert('cong-chuc', 'Công chức tiếp nhận lịch sự, hướng dẫn tận tình', 'officer'),
        likert('ket-qua', 'Kết quả được trả đúng hẹn, đúng quy định', 'result'),
        likert('phan-hoi', 'Góp ý, phản ánh được tiếp nhận và trả lời thỏa đáng', 'feedback'),
      ],
    },
    {
      id: 'y-kien',
      title: 'Ý kiến khác',
      questions: [
        {
          id: 'cai-thien',
          type: 'multiple',
          label: 'Theo ông/bà, cần cải thiện điều gì?',
          options: [
            { value: 'thoi-gian', label: 'Rút ngắn thời gian giải quyết' },
            { value: 'truc-tuyen', label: 'Mở rộng dịch vụ trực tuyến' },
            { value: 'thai-do', label: 'Thái độ phục vụ' },
          ],
        },
        { id: 'gop-y', type: 'text', label: 'Góp ý khác của ông/bà', maxLength: 1000 },
      ],
    },
  ],
};
