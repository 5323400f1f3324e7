// Metrics of the procedure catalogue for the 2025 plan's targets (II.8a, PL.8a, PL.18 of seed 003).
//
// The catalogue is a state, not a flow: a rate such as "TTHC công khai" is read at a date, not summed
// over a period, so the period's `from` plays no part. The value belongs to the end of the period, or
// to `asOf` when that comes first (a target looked at mid-year). The catalogue keeps only its current
// flags (their history is in the audit log, not in columns), so the figure is the catalogue as it
// stands now, and the source sentence names the date it is reported for.
import { TARGET_METRICS } from '../../../domain/targets/metric-keys';
import { ratioValue, type MetricDefinition, type MetricQuery, type MetricValue } from '../../metrics/registry';
import { procedureRepository, type CatalogueCounts } from './procedure.repository';

const reportedOn = (q: MetricQuery) => (q.asOf < q.to ? q.asOf : q.to);

function metric(key: keyof typeof TARGET_METRICS, en: string, pick: (c: CatalogueCounts) => [number, number], what: string): MetricDefinition {
  return {
    key,
    label: { vi: TARGET_METRICS[key], en },
    unit: '%',
    feature: 'dossiers',
    async compute(exec, q): Promise<MetricValue> {
      const [n, d] = pick(await procedureRepository.catalogueCounts(exec, q.unitPath));
      return ratioValue(n, d, `Danh mục TTHC hiện hành (số liệu cho ngày ${reportedOn(q)}): ${n}/${d} ${what}.`);
    },
  };
}

/** Rates of the catalogue: published, fully online among eligible ones, online payment among those with a fee. */
export const procedureMetrics: MetricDefinition[] = [
  metric(
    'procedures.publishedRate',
    'Procedures published in the national database',
    (c) => [c.published, c.active],
    'TTHC đang áp dụng được công khai trên Cơ sở dữ liệu quốc gia về TTHC',
  ),
  metric(
    'procedures.fullyOnlineRate',
    'Eligible procedures provided fully online',
    (c) => [c.fullyOnline, c.eligible],
    'TTHC đủ điều kiện được cung cấp trực tuyến toàn trình',
  ),
  metric(
    'procedures.onlinePaymentRate',
    'Procedures with a fee payable online',
    (c) => [c.paidOnline, c.withFee],
    'TTHC có phí, lệ phí cho phép thanh toán trực tuyến',
  ),
];
