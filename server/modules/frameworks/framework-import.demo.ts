// Demo data through the importer: Hải Phòng's framework for departments as far as a source quotes it (seed 004,
// section II: areas 3, 7 and 8 of Phụ lục II, QĐ 3087/QĐ-UBND), read from the seed's own text, its one gap closed
// as decision 0006 reads it, the system's metrics bound, and published with the decision. The full appendix was
// not found in any source we could reach (docs/frameworks-sources.md): no other criterion is shipped.
import { appendixFromText, applyMetricBindings, buildImportDraft, suggestMetricBindings } from '../../../domain/rules/import/index';
import { closeSeed004Gap } from '../../../domain/rules/frameworks/sources/seed-004-gap';
import { SEED_004_APPENDIX } from '../../../domain/rules/frameworks/sources/seed-004-appendix';
import { Framework } from '../../../domain/rules/index';
import type { DemoContext } from '../../demo/demo-context';
import { frameworkImportRepository } from './framework-import.repository';
import { frameworkRepository } from './framework.repository';

/** The code the demo publishes Hải Phòng's imported set under. */
export const HP_IMPORTED_CODE = 'HP-SO-NGANH';
const SOURCE = 'Kế hoạch nâng cao ứng dụng CNTT trong thực hiện TTHC năm 2023 của Sở GD&ĐT Hải Phòng, mục II (seed 004)';

/** Imports seed 004's appendix text and publishes it as HP-SO-NGANH version 1 under QĐ 3087/QĐ-UBND. */
export async function seedImportedFrameworkDemo(ctx: DemoContext): Promise<void> {
  const office = ctx.userIds.get('vanphong') ?? null;
  const draft = buildImportDraft(appendixFromText(SEED_004_APPENDIX), {
    code: HP_IMPORTED_CODE,
    name: 'Bộ chỉ số CCHC của các sở, ban, ngành thành phố Hải Phòng (Phụ lục II, QĐ 3087/QĐ-UBND; lĩnh vực 3, 7, 8 được trích)',
    year: 2023,
    sourceName: SOURCE,
  });
  const closed = closeSeed004Gap(draft.document);
  const document = Framework.parse(applyMetricBindings(closed, suggestMetricBindings(closed)));
  await frameworkImportRepository.insert(ctx.tx, {
    sourceName: SOURCE,
    sourceKind: 'text',
    document,
    reviews: draft.reviews,
    issues: draft.issues,
    tableTotal: draft.totals.table,
    status: 'published',
    publishedCode: document.code,
    publishedVersion: 1,
    createdBy: office,
  });
  await frameworkRepository.insertVersion(ctx.tx, {
    code: document.code,
    version: 1,
    year: document.year,
    name: document.name,
    document,
    decisionNumber: '3087/QĐ-UBND',
    decisionDate: '2022-09-21',
    effectiveFrom: '2022-09-21',
    effectiveTo: null,
    amendsVersion: null,
    createdBy: office,
  });
}
