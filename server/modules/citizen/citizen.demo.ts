// Demo data: an open survey with answers over the last months, and feedback at each step of its life.
import type { DemoContext } from '../../demo/demo-context';
import { addDays } from '../../../domain/time/iso-date';
import { parseSurveyDefinition } from '../../../domain/surveys';
import { feedbackSchedule, publishDeadline } from '../../../domain/calendar/feedback-schedule';
import { createWorkingCalendar } from '../../../domain/calendar';
import { feedback, feedbackEvents, surveyResponses, surveys } from '../../db/schema/index';
import { ONE_STOP_SURVEY } from '../../../domain/surveys/one-stop-survey';

export const DEMO_SURVEY_SLUG = 'khao-sat-mot-cua';

export async function seedCitizenDemo({ tx, unitIds, userIds, today }: DemoContext): Promise<void> {
  const root = unitIds.get('SGDDT')!;
  const parsed = parseSurveyDefinition(ONE_STOP_SURVEY);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const [survey] = await tx
    .insert(surveys)
    .values({
      slug: DEMO_SURVEY_SLUG,
      title: parsed.survey.title,
      definition: parsed.survey,
      unitId: root,
      status: 'open',
      openLink: true,
      createdBy: userIds.get('vanphong') ?? null,
    })
    .returning();
  // 48 answers, mostly satisfied, a few not: deterministic so the demo figures do not move.
  const units = ['VP', 'PGD-LC', 'THPT-TP'].map((c) => unitIds.get(c)).filter((id): id is number => id !== undefined);
  const rows = Array.from({ length: 48 }, (_, i) => {
    const low = i % 16 === 0 ? 2 : i % 12 === 0 ? 3 : 0;
    const score = (base: number) => (low ? low : base);
    return {
      surveyId: survey.id,
      unitId: units[i % units.length] ?? root,
      channel: i % 4 === 0 ? 'paper' : 'link',
      answers: {
        kenh: i % 3 === 0 ? 'truc-tuyen' : 'truc-tiep',
        ...(i % 3 === 0 ? { 'cong-dvc': score(4) } : {}),
        'tiep-can': score(5),
        'thu-tuc': score(4),
        'cong-chuc': score(5),
        'ket-qua': score(i % 11 === 0 ? 3 : 5),
        'phan-hoi': score(4),
        ...(i % 10 === 0 ? { 'gop-y': 'Đề nghị bố trí thêm ghế chờ tại Bộ phận Một cửa.' } : {}),
      },
      enteredBy: i % 4 === 0 ? (userIds.get('motcua') ?? null) : null,
      answeredOn: addDays(today, -((i * 3) % 120)),
    };
  });
  await tx.insert(surveyResponses).values(rows);

  const calendar = createWorkingCalendar({});
  const items = [
    {
      title: 'Chậm trả bằng tốt nghiệp THPT bản sao',
      kind: 'procedure',
      ref: 'Cấp bản sao văn bằng, chứng chỉ',
      daysAgo: 30,
      step: 'published',
      unit: 'GDTrH',
    },
    { title: 'Đề nghị niêm yết rõ phí thẩm định', kind: 'regulation', ref: 'Phí, lệ phí TTHC', daysAgo: 12, step: 'routed', unit: 'KHTC' },
    { title: 'Cán bộ một cửa hướng dẫn chưa rõ', kind: 'officer', ref: null, daysAgo: 2, step: 'received', unit: null },
  ] as const;
  for (const [i, item] of items.entries()) {
    const receivedOn = addDays(today, -item.daysAgo);
    const schedule = feedbackSchedule(calendar, receivedOn);
    const unitId = item.unit ? (unitIds.get(item.unit) ?? null) : null;
    const answeredOn = item.step === 'published' ? addDays(receivedOn, 10) : null;
    const [row] = await tx
      .insert(feedback)
      .values({
        code: `PAKN-${receivedOn.slice(0, 4)}-DEMO0${i + 1}`,
        channel: i === 1 ? 'paper' : 'online',
        subjectKind: item.kind,
        subjectRef: item.ref,
        title: item.title,
        content: `${item.title}. Đề nghị Sở xem xét, trả lời.`,
        addressedUnitId: root,
        assignedUnitId: unitId,
        status: item.step,
        receivedOn,
        ...schedule,
        answer: answeredOn ? 'Sở đã chỉ đạo rút ngắn thời gian cấp bản sao còn 3 ngày làm việc; bản sao của ông/bà đã được trả.' : null,
        answeredOn,
        publishBy: answeredOn ? publishDeadline(calendar, answeredOn) : null,
        publishedOn: answeredOn ? addDays(answeredOn, 1) : null,
      })
      .returning();
    const events = [{ kind: 'received', on: receivedOn }];
    if (unitId) events.push({ kind: 'routed', on: addDays(receivedOn, 1) });
    if (answeredOn) events.push({ kind: 'answered', on: answeredOn }, { kind: 'published', on: addDays(answeredOn, 1) });
    await tx
      .insert(feedbackEvents)
      .values(events.map((e) => ({ feedbackId: row.id, kind: e.kind, on: e.on, note: null, actorName: e.kind === 'received' ? null : 'Văn phòng Sở' })));
  }
}
