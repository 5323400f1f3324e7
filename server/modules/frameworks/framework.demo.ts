// Demo data: the shipped framework, a published 2023 assessment of the department (so ranking, lost points
// and trend have something to show) and a few external results, marked as illustrative in their notes.
import { HP_SGDDT_2023, listLeaves, scoreCriterion, type InputValue } from '../../../domain/rules/index';
import type { DemoContext } from '../../demo/demo-context';
import { seedImportedFrameworkDemo } from './framework-import.demo';
import { ensureShippedFramework } from './framework.service';
import { frameworkRepository } from './framework.repository';

/** Illustrative self-assessment figures of 2023 (not the department's real figures). */
const DEMO_INPUTS: Record<string, Record<string, InputValue>> = {
  '3.1': { level: 'done' },
  '3.2': { level: 'full' },
  '3.3.1': { level: 'fullTimely' },
  '3.3.2': { published: 98, total: 98 },
  '3.3.3': { public: 98, total: 98 },
  '3.3.4': { public: 96, total: 98 },
  '3.3.5': { level: 'full' },
  '3.3.6': { level: 'full' },
  '3.4.1': { oneStop: 98, total: 98 },
  '3.4.2': { onTime: 1940, total: 2000 },
  '3.4.3': { lateWithApology: 60, late: 60 },
  '3.4.4': { level: 'good' },
  '3.4.5': { handled: 12, received: 12 },
  '3.5': { digitized: 1500, total: 2000 },
  '7.1.3': { a: 1200, b: 1000, c: 150 },
  '7.1.4': { signed: 900, total: 1000 },
  '7.2': { decree43: true, accessLaw: true, spokesperson: false },
  '7.3': { posts: 150 },
  '7.4.2': { onlineSubmitted: 1400, total: 2000 },
  '8.1': { done: 18, assigned: 20 },
  '8.2': { onTime: 15, assigned: 20 },
};

export async function seedFrameworksDemo(ctx: DemoContext): Promise<void> {
  const office = ctx.userIds.get('vanphong') ?? null;
  await ensureShippedFramework(ctx.tx, office);
  const fw = (await frameworkRepository.findVersion(ctx.tx, HP_SGDDT_2023.code, HP_SGDDT_2023.version))!;
  const unitId = ctx.unitIds.get('SGDDT')!;
  const assessment = await frameworkRepository.insertAssessment(ctx.tx, {
    frameworkVersionId: fw.id,
    unitId,
    year: 2023,
    status: 'published',
    openedBy: office,
    submittedAt: new Date('2024-01-15T02:00:00Z'),
    publishedAt: new Date('2024-03-20T02:00:00Z'),
  });
  const rows = listLeaves(HP_SGDDT_2023).map((leaf) => {
    const inputs = DEMO_INPUTS[leaf.code] ?? {};
    const score = scoreCriterion(leaf, inputs);
    // The council cut 7.3 (posts not all "chỉ đạo điều hành") to show a lower appraised score.
    const cut = leaf.code === '7.3';
    return {
      assessmentId: assessment.id,
      code: leaf.code,
      inputs,
      measured: {},
      explanation: Object.keys(inputs).length ? 'Số liệu minh họa của bản demo.' : null,
      selfScore: score.exactScore,
      selfExplanation: score.explanation,
      appraisedScore: cut ? 0.2 : score.exactScore,
      appraisalComment: cut ? 'Chỉ 48 tin, bài là tin chỉ đạo điều hành; chấm mức 12–51 tin, bài.' : 'Giữ nguyên điểm tự đánh giá.',
    };
  });
  await frameworkRepository.insertCriteria(ctx.tx, rows);
  await frameworkRepository.appendEvent(ctx.tx, {
    assessmentId: assessment.id,
    kind: 'published',
    actorId: ctx.userIds.get('thamdinh') ?? null,
    actorName: 'Hội đồng thẩm định (demo)',
    data: {},
  });
  // 2021 is published in seed 002 (97.65 points, 02/18): the reports feature seeds it with its areas.
  for (const [year, score, rank] of [
    [2022, 90.45, 3],
    [2023, 92.3, 2],
  ] as const) {
    await frameworkRepository.upsertExternalResult(ctx.tx, {
      unitId,
      indexCode: 'PAR',
      year,
      score,
      rank,
      rankOf: 18,
      note: 'Số liệu minh họa của bản demo, không phải kết quả công bố thật.',
      createdBy: office,
    });
  }
  await seedImportedFrameworkDemo(ctx);
}
