/**
 * What makes a report template unpublishable, field by field, so the editor can mark each input. Pure: the
 * registered metric keys are passed in (the server knows them, the domain does not).
 */

export interface TemplateInput {
  sections: Array<{ key: string; title: string; indicators: Array<{ key: string; label: string; source: 'metric' | 'manual'; metricKey?: string }> }>;
}

export interface TemplateProblem {
  /** Dotted path of the field, as the API reports validation errors: "sections.0.indicators.2.metricKey". */
  field: string;
  message: string;
}

export function checkTemplate(input: TemplateInput, metricKeys: ReadonlySet<string>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const sectionKeys = new Map<string, number>();
  const indicatorKeys = new Map<string, string>();
  input.sections.forEach((s, si) => {
    const where = `Phần ${si + 1}`;
    const base = `sections.${si}`;
    if (!s.key.trim()) problems.push({ field: `${base}.key`, message: `${where}: nhập mã phần.` });
    else if (sectionKeys.has(s.key))
      problems.push({ field: `${base}.key`, message: `${where}: mã phần "${s.key}" trùng với phần ${sectionKeys.get(s.key)! + 1}; đặt mã khác.` });
    else sectionKeys.set(s.key, si);
    if (!s.title.trim()) problems.push({ field: `${base}.title`, message: `${where}: nhập tiêu đề phần.` });
    s.indicators.forEach((ind, ii) => {
      const at = `${where}, chỉ tiêu ${ii + 1}`;
      const path = `${base}.indicators.${ii}`;
      if (!ind.key.trim()) problems.push({ field: `${path}.key`, message: `${at}: nhập mã chỉ tiêu.` });
      else if (indicatorKeys.has(ind.key))
        problems.push({ field: `${path}.key`, message: `${at}: mã "${ind.key}" đã dùng ở ${indicatorKeys.get(ind.key)}; mỗi chỉ tiêu một mã.` });
      else indicatorKeys.set(ind.key, at);
      if (!ind.label.trim()) problems.push({ field: `${path}.label`, message: `${at}: nhập tên chỉ tiêu.` });
      if (ind.source === 'metric' && !ind.metricKey)
        problems.push({ field: `${path}.metricKey`, message: `${at}: lấy từ hệ thống nhưng chưa chọn chỉ số nguồn.` });
      else if (ind.source === 'metric' && !metricKeys.has(ind.metricKey!))
        problems.push({
          field: `${path}.metricKey`,
          message: `${at}: chỉ số "${ind.metricKey}" không có trong danh mục chỉ số hệ thống; chọn chỉ số trong danh sách.`,
        });
    });
  });
  return problems;
}
