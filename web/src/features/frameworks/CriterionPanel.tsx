import { App, Alert, Button, Descriptions, Divider, Form, Input, InputNumber, List, Select, Space, Typography, Upload } from 'antd';
import { ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { AssessmentCriterion, AssessmentDetail } from '../../../../contracts/frameworks';
import { useT } from '../../i18n/core';
import { assessmentCalls, uploadFile, useAssessmentAction } from './api';

type Props = { detail: AssessmentDetail; criterion: AssessmentCriterion; unitId: number };

// Form.Item hands value/onChange to its direct child, so they are passed on to the control.
type FieldProps = { input: AssessmentCriterion['inputs'][number]; value?: unknown; onChange?: (v: unknown) => void; disabled?: boolean };

function InputField({ input, value, onChange, disabled }: FieldProps) {
  const t = useT();
  const common = { 'aria-label': input.label, disabled };
  if (input.type === 'boolean')
    return (
      <Select
        {...common}
        value={value}
        onChange={onChange}
        allowClear
        options={[
          { value: true, label: t('ad.yes') },
          { value: false, label: t('ad.no') },
        ]}
      />
    );
  if (input.type === 'level')
    return <Select {...common} value={value} onChange={onChange} allowClear options={input.levels.map((l) => ({ value: l.key, label: l.label }))} />;
  if (input.type === 'date')
    return <Input {...common} value={value as string | undefined} onChange={(e) => onChange?.(e.target.value)} placeholder="YYYY-MM-DD" />;
  return (
    <Space.Compact>
      <InputNumber
        {...common}
        value={value as number | undefined}
        onChange={onChange}
        min={0}
        max={input.type === 'ratio' ? 1 : undefined}
        step={input.type === 'ratio' ? 0.01 : 1}
        style={{ width: 200 }}
      />
      {input.unit && (
        <Button disabled tabIndex={-1}>
          {input.unit}
        </Button>
      )}
    </Space.Compact>
  );
}

// A share is stored as 0–1 (a percentage metric divided by 100) and read back as the percentage it came from.
function measuredText(type: string, value: number | null): string {
  if (value === null) return '—';
  return type === 'ratio' ? `${(value * 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%` : value.toLocaleString('vi-VN');
}

/** One criterion: its rule's open-case note, inputs (typed or measured), evidence, explanation and appraisal. */
export function CriterionPanel({ detail, criterion: c, unitId }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const id = detail.id;
  const onError = (e: Error) => message.error(e.message);
  const save = useAssessmentAction(id, (v: { inputs: Record<string, unknown>; explanation: string | null }) => assessmentCalls.save(id, c.code, v));
  const refresh = useAssessmentAction(id, () => assessmentCalls.refresh(id, c.code));
  const attach = useAssessmentAction(id, (file: File) => uploadFile(file, unitId).then((f) => assessmentCalls.evidence(id, c.code, f.id)));
  const appraise = useAssessmentAction(id, (v: { score: number; comment: string }) => assessmentCalls.appraise(id, c.code, v));
  const ask = useAssessmentAction(id, (comment: string) => assessmentCalls.requestEvidence(id, c.code, comment));
  const typed = c.inputs.filter((i) => !i.measured);
  const measured = c.inputs.filter((i) => i.measured);
  const initial = Object.fromEntries(typed.map((i) => [i.key, i.value ?? undefined]));
  const [appraisal] = Form.useForm<{ score: number; comment: string }>();
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`criterion-${c.code}`}>
      <Typography.Text type="secondary">{c.responsibleUnitNames.join(', ')}</Typography.Text>
      {c.openCaseNote && <Alert type="info" showIcon title={t('fw.openCase')} description={c.openCaseNote} />}
      {c.reviewState === 'evidence-requested' && <Alert type="warning" showIcon title={t('ad.evidenceRequested')} description={c.appraisalComment} />}
      {c.reviewState === 'answered' && <Alert type="info" showIcon title={t('ad.answered')} />}
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('as.self')}>
          <b>{c.selfScore.toLocaleString('vi-VN')}</b>/{c.max.toLocaleString('vi-VN')} — {c.selfExplanation}
        </Descriptions.Item>
        {c.appraisedScore !== null && (
          <Descriptions.Item label={t('as.appraised')}>
            <b>{c.appraisedScore.toLocaleString('vi-VN')}</b> — {c.appraisalComment}
          </Descriptions.Item>
        )}
      </Descriptions>
      {measured.length > 0 && (
        <List
          size="small"
          header={<b>{t('ad.measured')}</b>}
          dataSource={measured}
          renderItem={(i) => (
            <List.Item>
              {i.label}: <b>{measuredText(i.type, i.measured!.value)}</b> <Typography.Text type="secondary">({i.measured!.source})</Typography.Text>
            </List.Item>
          )}
          footer={
            c.canEdit && (
              <Button size="small" icon={<ReloadOutlined />} loading={refresh.isPending} onClick={() => refresh.mutate(undefined, { onError })}>
                {t('ad.refresh')}
              </Button>
            )
          }
        />
      )}
      <Divider plain titlePlacement="start">
        {t('ad.inputs')}
      </Divider>
      {!c.canEdit && <Typography.Text type="secondary">{t('ad.readonly')}</Typography.Text>}
      <Form
        layout="vertical"
        disabled={!c.canEdit}
        initialValues={{ ...initial, explanation: c.explanation ?? '' }}
        onFinish={(v: Record<string, unknown>) => {
          const { explanation, ...inputs } = v;
          save.mutate(
            { inputs: Object.fromEntries(Object.entries(inputs).map(([k, x]) => [k, x ?? null])), explanation: (explanation as string) || null },
            { onError, onSuccess: () => message.success(t('ad.saved')) },
          );
        }}
      >
        {typed.map((i) => (
          <Form.Item key={i.key} name={i.key} label={i.label}>
            <InputField input={i} />
          </Form.Item>
        ))}
        <Form.Item name="explanation" label={t('ad.explanation')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {c.canEdit && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('ad.save')}
          </Button>
        )}
      </Form>
      <Divider plain titlePlacement="start">
        {t('ad.evidence')}
      </Divider>
      <List
        size="small"
        dataSource={c.evidence}
        locale={{ emptyText: '—' }}
        renderItem={(e) => (
          <List.Item>
            <a href={`/api/files/${e.fileId}/download`}>{e.name}</a>
          </List.Item>
        )}
      />
      {c.canEdit && (
        <Upload showUploadList={false} customRequest={({ file }) => attach.mutate(file as File, { onError })}>
          <Button icon={<UploadOutlined />} loading={attach.isPending}>
            {t('ad.upload')}
          </Button>
        </Upload>
      )}
      {detail.can.appraise && (
        <>
          <Divider plain titlePlacement="start">
            {t('ad.appraise')}
          </Divider>
          <Form form={appraisal} layout="inline" initialValues={{ score: c.appraisedScore ?? c.selfScore }} onFinish={(v) => appraise.mutate(v, { onError })}>
            <Form.Item name="score" label={t('ad.appraisedScore')} rules={[{ required: true }]}>
              <InputNumber min={0} max={c.max} step={0.01} />
            </Form.Item>
            <Form.Item name="comment" label={t('ad.comment')} rules={[{ required: true, message: 'Ghi nhận xét thẩm định.' }]}>
              <Input style={{ width: 320 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={appraise.isPending}>
              {t('ad.appraise')}
            </Button>
            <Button
              onClick={() => {
                const comment = appraisal.getFieldValue('comment') as string | undefined;
                if (!comment) return void message.warning('Ghi rõ cần bổ sung tài liệu gì vào ô Nhận xét.');
                ask.mutate(comment, { onError });
              }}
            >
              {t('ad.requestEvidence')}
            </Button>
          </Form>
        </>
      )}
    </Space>
  );
}
