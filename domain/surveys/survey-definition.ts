/**
 * The schema of a survey (phiếu khảo sát): sections of questions, conditional display, and the mapping
 * of Likert questions to satisfaction factors. Surveys are data an administrator edits, so the schema
 * also checks what zod alone cannot: unique ids and conditions that point to earlier questions.
 */
import { z } from 'zod';
import { SATISFACTION_FACTOR_KEYS } from './factors';

const answerScalar = z.union([z.string(), z.number()]);

/** Show a question only when an earlier one was answered with a given value (or one of several). */
const showIfSchema = z.union([
  z.strictObject({ questionId: z.string().min(1), equals: answerScalar }),
  z.strictObject({ questionId: z.string().min(1), in: z.array(answerScalar).min(1) }),
]);

const optionSchema = z.object({ value: z.string().min(1), label: z.string().min(1) });

const questionBase = {
  id: z.string().regex(/^[A-Za-z0-9_.-]+$/, { error: 'Mã câu hỏi chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.' }),
  label: z.string().min(1, { error: 'Câu hỏi cần có nội dung.' }),
  help: z.string().optional(),
  required: z.boolean().default(false),
  showIf: showIfSchema.optional(),
};

const questionSchema = z.discriminatedUnion('type', [
  z.object({
    ...questionBase,
    type: z.literal('likert5'),
    /** Which SIPAS factor the answer feeds, and how much it weighs within that factor. */
    factor: z.object({ factor: z.enum(SATISFACTION_FACTOR_KEYS), weight: z.number().positive().default(1) }).optional(),
  }),
  z.object({ ...questionBase, type: z.literal('single'), options: z.array(optionSchema).min(2) }),
  z.object({
    ...questionBase,
    type: z.literal('multiple'),
    options: z.array(optionSchema).min(2),
    minSelected: z.int().nonnegative().optional(),
    maxSelected: z.int().positive().optional(),
  }),
  z.object({ ...questionBase, type: z.literal('number'), min: z.number().optional(), max: z.number().optional(), integer: z.boolean().default(false) }),
  z.object({ ...questionBase, type: z.literal('text'), maxLength: z.int().positive().default(2000) }),
]);

const sectionSchema = z.object({ id: z.string().min(1), title: z.string().min(1), questions: z.array(questionSchema).min(1) });

export const surveyDefinitionSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    sections: z.array(sectionSchema).min(1),
    /** Weights of the factors in the overall index; a factor not listed weighs 1. */
    factorWeights: z.partialRecord(z.enum(SATISFACTION_FACTOR_KEYS), z.number().nonnegative()).default({}),
  })
  .superRefine((survey, ctx) => {
    const seen = new Map<string, z.output<typeof questionSchema>>();
    survey.sections.forEach((section, s) =>
      section.questions.forEach((q, i) => {
        const path = ['sections', s, 'questions', i];
        const issue = (message: string) => ctx.addIssue({ code: 'custom', path, message });
        if (seen.has(q.id)) issue(`Mã câu hỏi «${q.id}» bị trùng.`);
        if ((q.type === 'single' || q.type === 'multiple') && new Set(q.options.map((o) => o.value)).size !== q.options.length) {
          issue(`Câu «${q.label}» có phương án trùng giá trị.`);
        }
        if (q.type === 'multiple' && q.minSelected !== undefined && q.maxSelected !== undefined && q.minSelected > q.maxSelected) {
          issue(`Câu «${q.label}»: số phương án tối thiểu lớn hơn tối đa.`);
        }
        if (q.type === 'number' && q.min !== undefined && q.max !== undefined && q.min > q.max) {
          issue(`Câu «${q.label}»: giá trị nhỏ nhất lớn hơn giá trị lớn nhất.`);
        }
        if (q.showIf) {
          // Conditions may only look back: the form reads top to bottom and no cycle can form.
          const target = seen.get(q.showIf.questionId);
          if (!target) issue(`Câu «${q.label}» phụ thuộc câu «${q.showIf.questionId}», câu này không có hoặc không đứng trước.`);
          else if (target.type === 'text' || target.type === 'number') {
            issue(`Câu «${q.label}» chỉ được phụ thuộc câu hỏi dạng lựa chọn hoặc thang 1–5.`);
          } else {
            const values = 'in' in q.showIf ? q.showIf.in : [q.showIf.equals];
            const allowed: (string | number)[] = target.type === 'likert5' ? [1, 2, 3, 4, 5] : target.options.map((o) => o.value);
            const wrong = values.filter((v) => !allowed.includes(v));
            if (wrong.length > 0) issue(`Câu «${q.label}» phụ thuộc giá trị không có ở câu «${target.label}»: ${wrong.join(', ')}.`);
          }
        }
        if (!seen.has(q.id)) seen.set(q.id, q); // the first definition wins, so later checks name it
      }),
    );
  });

export type SurveyDefinition = z.output<typeof surveyDefinitionSchema>;
export type SurveyDefinitionInput = z.input<typeof surveyDefinitionSchema>;
export type SurveyQuestion = z.output<typeof questionSchema>;

/** Checks a survey definition; errors are Vietnamese and name where in the survey they are. */
export function parseSurveyDefinition(input: unknown): { ok: true; survey: SurveyDefinition } | { ok: false; errors: string[] } {
  const result = surveyDefinitionSchema.safeParse(input);
  if (result.success) return { ok: true, survey: result.data };
  return { ok: false, errors: result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)) };
}

/** All questions of a survey in reading order. */
export function surveyQuestions(survey: SurveyDefinition): SurveyQuestion[] {
  return survey.sections.flatMap((s) => s.questions);
}
