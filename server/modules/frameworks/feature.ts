import type { Executor } from '../../db/client';
import type { MetricDefinition, MetricQuery, MetricValue } from '../../metrics/registry';
import type { ServerFeature } from '../feature';
import { loadUnit } from './assessment-access';
import { appraisedScore, scoreAssessment } from './assessment-scoring';
import { assessmentRoutes } from './assessment.routes';
import { seedFrameworksDemo } from './framework.demo';
import { frameworkRepository } from './framework.repository';
import { frameworkImportRoutes } from './framework-import.routes';
import { frameworkRoutes } from './framework.routes';
import { frameworkOf } from './framework.service';
import { frameworksPermissionCases } from './permission-cases';
import { forecastFor } from './results.service';

const forecastScore: MetricDefinition = {
  key: 'par.forecastScore',
  label: { vi: 'Điểm chỉ số CCHC dự báo (theo số liệu hiện tại)', en: 'Forecast PAR Index score (live data)' },
  unit: 'count',
  feature: 'frameworks',
  async compute(exec: Executor, query: MetricQuery): Promise<MetricValue> {
    const a = await frameworkRepository.latestAssessment(exec, query.unitId, false);
    if (!a) return { value: null, source: 'Đơn vị chưa có đợt tự đánh giá chỉ số CCHC.' };
    const unit = (await loadUnit(exec, a.unitId))!;
    const f = await forecastFor(exec, a, unit, query.asOf);
    return {
      value: f.total,
      numerator: f.total,
      denominator: f.max,
      source: `Dự báo đợt đánh giá năm ${a.year}: ${f.total}/${f.max} điểm theo số liệu đến ${query.asOf}`,
    };
  },
};

const lastPublishedScore: MetricDefinition = {
  key: 'par.lastPublishedScore',
  label: { vi: 'Điểm thẩm định chỉ số CCHC công bố gần nhất', en: 'Last published appraised PAR Index score' },
  unit: 'count',
  feature: 'frameworks',
  async compute(exec: Executor, query: MetricQuery): Promise<MetricValue> {
    const a = await frameworkRepository.latestAssessment(exec, query.unitId, true);
    if (!a) return { value: null, source: 'Đơn vị chưa có kết quả thẩm định chỉ số CCHC được công bố.' };
    const framework = frameworkOf((await frameworkRepository.findVersionById(exec, a.frameworkVersionId))!);
    const rows = await frameworkRepository.criteria(exec, a.id);
    const self = scoreAssessment(framework, rows);
    const total = appraisedScore(framework, self, rows);
    return { value: total, numerator: total, denominator: self.max, source: `Kết quả thẩm định năm ${a.year} (${framework.code}): ${total}/${self.max} điểm` };
  },
};

/** The frameworks feature (routes, metrics, demo data). */
export const frameworksFeature: ServerFeature = {
  name: 'frameworks',
  routes: [frameworkRoutes, frameworkImportRoutes, assessmentRoutes],
  metrics: [forecastScore, lastPublishedScore],
  demoSeed: seedFrameworksDemo,
  permissionCases: frameworksPermissionCases,
};
