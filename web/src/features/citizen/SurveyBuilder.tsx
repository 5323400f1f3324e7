import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, InputNumber, Select, Space, Typography } from 'antd';
import { SATISFACTION_FACTORS } from '../../../../domain/surveys';
import { useT } from '../../i18n/core';

/** The editable shape of a survey: what domain/surveys parses, kept loose while the user types. */
export interface BuilderQuestion {
  id: string;
  type: 'likert5' | 'single' | 'multiple' | 'number' | 'text';
  label: string;
  required?: boolean;
  options?: Array<{ value: string; label: string }>;
  factor?: { factor: string; weight?: number };
  showIf?: { questionId: string; equals: string | number };
  min?: number;
  max?: number;
  maxLength?: number;
}
export interface BuilderSurvey {
  id: string;
  title: string;
  factorWeights?: Record<string, number>;
  sections: Array<{ id: string; title: string; questions: BuilderQuestion[] }>;
}

const TYPES = ['likert5', 'single', 'multiple', 'number', 'text'] as const;

/** Options as "value | label" lines: quick to type, and the value stays stable when the label changes. */
const optionsToText = (o: BuilderQuestion['options']) => (o ?? []).map((x) => `${x.value} | ${x.label}`).join('\n');
const textToOptions = (text: string) =>
  text
    .split('\n')
    .map((line) => line.split('|').map((p) => p.trim()))
    .filter(([v]) => v)
    .map(([value, label]) => ({ value, label: label || value }));

/**
 * Survey builder: sections, questions of five types, required flags, a condition on an earlier answer,
 * and for each 1–5 question the SIPAS factor it feeds and its weight. The server checks the result.
 */
export function SurveyBuilder({ value, onChange }: { value: BuilderSurvey; onChange: (v: BuilderSurvey) => void }) {
  const t = useT();
  const all = value.sections.flatMap((s) => s.questions);
  const setSection = (i: number, patch: Partial<BuilderSurvey['sections'][number]>) =>
    onChange({ ...value, sections: value.sections.map((s, k) => (k === i ? { ...s, ...patch } : s)) });
  const setQuestion = (si: number, qi: number, patch: Partial<BuilderQuestion>) =>
    setSection(si, { questions: value.sections[si].questions.map((q, k) => (k === qi ? { ...q, ...patch } : q)) });
  const nextId = () => `q${all.length + 1}-${Math.random().toString(36).slice(2, 6)}`;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {SATISFACTION_FACTORS.map((f) => (
          <span key={f.key}>
            {`${t('citizen.sv.factor')} «${f.label}»: `}
            <InputNumber
              size="small"
              min={0}
              step={0.5}
              aria-label={`${t('citizen.sv.weight')} ${f.label}`}
              value={value.factorWeights?.[f.key] ?? 1}
              onChange={(w) => onChange({ ...value, factorWeights: { ...value.factorWeights, [f.key]: w ?? 1 } })}
            />
          </span>
        ))}
      </Space>
      {value.sections.map((section, si) => (
        <Card
          key={si}
          size="small"
          title={<Input aria-label={t('citizen.sv.section')} value={section.title} onChange={(e) => setSection(si, { title: e.target.value })} />}
          extra={
            <Button
              danger
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('citizen.sv.removeSection')}
              onClick={() => onChange({ ...value, sections: value.sections.filter((_, k) => k !== si) })}
            />
          }
        >
          {section.questions.map((q, qi) => {
            const earlier = value.sections
              .slice(0, si + 1)
              .flatMap((s, k) => (k < si ? s.questions : s.questions.slice(0, qi)))
              .filter((x) => x.type === 'likert5' || x.type === 'single' || x.type === 'multiple');
            return (
              <div key={qi} style={{ borderBottom: '1px solid #eee', padding: '8px 0' }}>
                <Space wrap align="start">
                  <Input
                    style={{ width: 110 }}
                    aria-label={t('citizen.sv.questionId')}
                    value={q.id}
                    onChange={(e) => setQuestion(si, qi, { id: e.target.value })}
                  />
                  <Select
                    style={{ width: 150 }}
                    aria-label={t('citizen.sv.questionType')}
                    value={q.type}
                    onChange={(type) =>
                      setQuestion(si, qi, {
                        type,
                        options:
                          type === 'single' || type === 'multiple'
                            ? (q.options ?? [
                                { value: 'a', label: 'A' },
                                { value: 'b', label: 'B' },
                              ])
                            : undefined,
                        factor: type === 'likert5' ? q.factor : undefined,
                      })
                    }
                    options={TYPES.map((x) => ({ value: x, label: t(`citizen.sv.type.${x}`) }))}
                  />
                  <Input
                    style={{ width: 320 }}
                    aria-label={t('citizen.sv.questionLabel')}
                    value={q.label}
                    onChange={(e) => setQuestion(si, qi, { label: e.target.value })}
                  />
                  <Checkbox checked={Boolean(q.required)} onChange={(e) => setQuestion(si, qi, { required: e.target.checked })}>
                    {t('citizen.sv.answer.required')}
                  </Checkbox>
                  <Button
                    danger
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('citizen.sv.removeQuestion')}
                    onClick={() => setSection(si, { questions: section.questions.filter((_, k) => k !== qi) })}
                  />
                </Space>
                <Space wrap style={{ marginTop: 6 }}>
                  {q.type === 'likert5' && (
                    <>
                      <Select
                        allowClear
                        style={{ width: 260 }}
                        placeholder={t('citizen.sv.factor')}
                        aria-label={t('citizen.sv.factor')}
                        value={q.factor?.factor}
                        onChange={(factor) => setQuestion(si, qi, { factor: factor ? { factor, weight: q.factor?.weight ?? 1 } : undefined })}
                        options={SATISFACTION_FACTORS.map((f) => ({ value: f.key, label: f.label }))}
                      />
                      {q.factor && (
                        <InputNumber
                          min={0.1}
                          step={0.5}
                          aria-label={t('citizen.sv.weight')}
                          addonBefore={t('citizen.sv.weight')}
                          value={q.factor.weight ?? 1}
                          onChange={(w) => setQuestion(si, qi, { factor: { ...q.factor!, weight: w ?? 1 } })}
                        />
                      )}
                    </>
                  )}
                  {(q.type === 'single' || q.type === 'multiple') && (
                    <Input.TextArea
                      style={{ width: 360 }}
                      rows={3}
                      aria-label={t('citizen.sv.options')}
                      placeholder={t('citizen.sv.options')}
                      defaultValue={optionsToText(q.options)}
                      onBlur={(e) => setQuestion(si, qi, { options: textToOptions(e.target.value) })}
                    />
                  )}
                  {q.type === 'number' && (
                    <>
                      <InputNumber aria-label="min" addonBefore="min" value={q.min} onChange={(v) => setQuestion(si, qi, { min: v ?? undefined })} />
                      <InputNumber aria-label="max" addonBefore="max" value={q.max} onChange={(v) => setQuestion(si, qi, { max: v ?? undefined })} />
                    </>
                  )}
                  {earlier.length > 0 && (
                    <Space>
                      <Typography.Text type="secondary">{t('citizen.sv.showIf')}</Typography.Text>
                      <Select
                        allowClear
                        style={{ width: 160 }}
                        aria-label={t('citizen.sv.showIf')}
                        value={q.showIf?.questionId}
                        onChange={(questionId) => setQuestion(si, qi, { showIf: questionId ? { questionId, equals: q.showIf?.equals ?? '' } : undefined })}
                        options={earlier.map((e) => ({ value: e.id, label: e.id }))}
                      />
                      {q.showIf && (
                        <Input
                          style={{ width: 120 }}
                          aria-label={t('citizen.sv.showIfValue')}
                          placeholder={t('citizen.sv.showIfValue')}
                          value={String(q.showIf.equals)}
                          onChange={(e) => {
                            const target = all.find((x) => x.id === q.showIf!.questionId);
                            const raw = e.target.value;
                            setQuestion(si, qi, {
                              showIf: { questionId: q.showIf!.questionId, equals: target?.type === 'likert5' && /^\d$/.test(raw) ? Number(raw) : raw },
                            });
                          }}
                        />
                      )}
                    </Space>
                  )}
                </Space>
              </div>
            );
          })}
          <Button
            size="small"
            icon={<PlusOutlined />}
            style={{ marginTop: 8 }}
            onClick={() => setSection(si, { questions: [...section.questions, { id: nextId(), type: 'likert5', label: '', required: true }] })}
          >
            {t('citizen.sv.addQuestion')}
          </Button>
        </Card>
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() => onChange({ ...value, sections: [...value.sections, { id: `phan-${value.sections.length + 1}`, title: '', questions: [] }] })}
      >
        {t('citizen.sv.addSection')}
      </Button>
    </Space>
  );
}
