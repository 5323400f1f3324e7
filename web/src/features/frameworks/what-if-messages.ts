import type { Catalog } from '../../i18n/core';

/** Messages of the what-if page. */
export const whatIfCatalog: Catalog = {
  vi: {
    'menu.par.whatIf': 'Chấm thử',
    'whatIf.title': 'Chấm thử theo số liệu giả định',
    'whatIf.intro':
      'Nhập số liệu của một hoặc nhiều tiêu chí để xem điểm và cách tính, không lưu vào bản đánh giá nào. Dùng để trả lời câu hỏi "nếu đạt 96/100 hồ sơ đúng hạn thì được bao nhiêu điểm?".',
    'whatIf.framework': 'Bộ chỉ số',
    'whatIf.evaluate': 'Tính điểm',
    'whatIf.clear': 'Xóa số liệu',
    'whatIf.total': 'Tổng điểm các tiêu chí',
    'whatIf.criterion': 'Tiêu chí',
    'whatIf.inputs': 'Số liệu',
    'whatIf.score': 'Điểm',
    'whatIf.max': 'Điểm tối đa',
    'whatIf.explanation': 'Cách tính',
    'whatIf.openCase': 'Trường hợp chưa quy định',
    'whatIf.onlyFilled': 'Chỉ hiện tiêu chí đã nhập',
  },
  en: {
    'menu.par.whatIf': 'What-if',
    'whatIf.title': 'Score hypothetical figures',
    'whatIf.intro':
      'Type figures for one or more criteria to see the score and how it is computed, without storing anything. It answers "what if 96 of 100 dossiers were on time?".',
    'whatIf.framework': 'Framework',
    'whatIf.evaluate': 'Score',
    'whatIf.clear': 'Clear figures',
    'whatIf.total': 'Total of the criteria',
    'whatIf.criterion': 'Criterion',
    'whatIf.inputs': 'Figures',
    'whatIf.score': 'Score',
    'whatIf.max': 'Maximum',
    'whatIf.explanation': 'How it is computed',
    'whatIf.openCase': 'Open case',
    'whatIf.onlyFilled': 'Only criteria with figures',
  },
};
