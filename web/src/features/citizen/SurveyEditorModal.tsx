import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Form, Input, Modal, Select, Switch, Tabs, TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import type { SaveSurveyRequest, Survey } from '../../../../contracts/citizen-surveys';
import { SATISFACTION_FACTORS } from '../../../../domain/surveys';
import { ApiError, post, put } from '../../api/client';
import { useT } from '../../i18n/core';
import { toUnitTree, useOrgUnits } from '../../shared/use-org-units';
import { SurveyBuilder, type BuilderSurvey } from './SurveyBuilder';

type EditorForm = Omit<SaveSurveyRequest, 'definition'>;

const TEMPLATE = {
  id: 'khao-sat-moi',
  title: 'Khảo sát sự hài lòng',
  factorWeights: {},
  sections: [
    {
      id: 'danh-gia',
      title: 'Đánh giá',
      questions: SATISFACTION_FACTORS.map((f, i) => ({
        id: `q${i + 1}`,
        type: 'likert5',
        label: f.label,
        required: true,
        factor: { factor: f.key, weight: 1 },
      })),
    },
  ],
};

/**
 * Creates or edits a survey. The questionnaire is edited as its definition (sections, questions of five
 * types, required flags, showIf conditions, factor and weight per Likert question); the server checks it
 * and answers with the exact place of each mistake.
 */
export function SurveyEditorModal(props: { survey: Survey | 'new'; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const units = useOrgUnits();
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<EditorForm>();
  const editing = props.survey === 'new' ? null : props.survey;
  // The builder's state is the definition; the JSON tab is another view of it for bulk edits.
  const [definition, setDefinition] = useState<BuilderSurvey>(() => (editing ? (editing.definition as BuilderSurvey) : (TEMPLATE as BuilderSurvey)));
  const [jsonText, setJsonText] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: EditorForm) => {
      const body = { ...v, definition: jsonText === null ? definition : parseJson(jsonText) };
      return editing ? put<Survey>(`/api/surveys/${editing.id}`, body) : post<Survey>('/api/surveys', body);
    },
    onSuccess: async () => {
      message.success(t('common.saved'));
      await qc.invalidateQueries({ queryKey: ['surveys'] });
      props.onClose();
    },
    onError: (e) => setError(e instanceof Error ? e.message : String(e)),
  });
  // Units may arrive after the modal opened: default a new survey to the department.
  const rootId = units.data?.find((u) => u.parentId === null)?.id;
  useEffect(() => {
    if (!editing && rootId && !form.getFieldValue('unitId')) form.setFieldValue('unitId', rootId);
  }, [editing, rootId, form]);
  const parseJson = (text: string): BuilderSurvey => {
    try {
      return JSON.parse(text) as BuilderSurvey;
    } catch (e) {
      throw new ApiError(400, 'JSON', t('citizen.sv.badJson', { error: (e as Error).message }));
    }
  };
  const initial: EditorForm = editing
    ? { title: editing.title, slug: editing.slug, unitId: editing.unitId, method: editing.method, status: editing.status, openLink: editing.openLink }
    : { title: '', slug: '', unitId: rootId as number, method: 'share-satisfied', status: 'draft', openLink: true };
  return (
    <Modal
      open
      width={820}
      title={editing ? editing.title : t('common.create')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => (setError(null), save.mutate(v))}>
        <Form.Item name="title" label={t('citizen.sv.title')} rules={[{ required: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="slug" label={t('citizen.sv.link')} extra="/cong-khai/khao-sat/…" rules={[{ required: true, pattern: /^[a-z0-9-]{3,60}$/ }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="unitId" label={t('citizen.sv.unit')} rules={[{ required: true }]}>
          <TreeSelect showSearch treeNodeFilterProp="title" treeData={toUnitTree(units.data ?? [])} />
        </Form.Item>
        <Form.Item name="method" label={t('citizen.sv.method')}>
          <Select options={(['share-satisfied', 'mean-score'] as const).map((m) => ({ value: m, label: t(`citizen.sv.method.${m}`) }))} />
        </Form.Item>
        <Form.Item name="status" label={t('citizen.fb.status')}>
          <Select options={(['draft', 'open', 'closed'] as const).map((s) => ({ value: s, label: t(`citizen.sv.status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="openLink" label={t('citizen.sv.openLink')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Tabs
          onChange={(key) => {
            if (key === 'json') setJsonText(JSON.stringify(definition, null, 2));
            else if (jsonText !== null) {
              try {
                setDefinition(parseJson(jsonText));
                setJsonText(null);
              } catch (e) {
                setError((e as Error).message);
              }
            }
          }}
          items={[
            { key: 'builder', label: t('citizen.sv.builder'), children: <SurveyBuilder value={definition} onChange={setDefinition} /> },
            {
              key: 'json',
              label: 'JSON',
              children: (
                <Input.TextArea
                  aria-label={t('citizen.sv.definition')}
                  rows={16}
                  style={{ fontFamily: 'monospace', fontSize: 12 }}
                  spellCheck={false}
                  value={jsonText ?? ''}
                  onChange={(e) => setJsonText(e.target.value)}
                />
              ),
            },
          ]}
        />
      </Form>
    </Modal>
  );
}
