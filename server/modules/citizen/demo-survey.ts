import type { SurveyDefinitionInput } from '../../../domain/surveys';

const likert = (id: string, label: string, factor: 'access' | 'procedure' | 'officer' | 'result' | 'feedback') => ({ id, type: 'likert5' as const, label, required: true, factor: { factor } });

/** The department's one-stop survey in the SIPAS shape (five factors); weights equal, as the formula is unconfirmed. */
export const demoSurveyDefinition: SurveyDefinitionInput = {
  id: 'sipas-mot-cua',
  title: 'Khảo sát sự hài lòng về giải quyết thủ tục hành chính',
  factorWeights: {},
  sections: [
    {
      id: 'chung',
      title: 'Thông tin chung',
      questions: [
        {
          id: 'kenh',
          type: 'single',
          label: 'Ông/bà nộp hồ sơ bằng cách nào?',
          required: true,
          options: [
            { value: 'truc-tiep', label: 'Trực tiếp tại Bộ phận Một cửa' },
            { value: 'truc-tuyen', label: 'Trực tuyến' },
            { value: 'buu-chinh', label: 'Qua bưu chính công ích' },
          ],
        },
        // Asked only of those who applied online.
        { ...likert('cong-dvc', 'Cổng dịch vụ công dễ sử dụng', 'access'), showIf: { questionId: 'kenh', equals: 'truc-tuyen' } },
      ],
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
