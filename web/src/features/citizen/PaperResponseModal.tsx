import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, DatePicker, Modal, Space, TreeSelect, Typography } from 'antd';
import { useState } from 'react';
import type { Survey } from '../../../../contracts/citizen-surveys';
import type { SurveyDefinition } from '../../../../domain/surveys';
import { post } from '../../api/client';
import { useT } from '../../i18n/core';
import { toUnitTree, useOrgUnits } from '../../shared/use-org-units';
import { SurveyQuestions, useSurveyAnswers } from './public/SurveyQuestions';
import '../../shared/public.css';
import { vietnamTodayPicker } from '../../shared/today-picker';

/** Staff type in a paper questionnaire; the server marks it as paper and checks it like any answer. */
export function PaperResponseModal(props: { survey: Survey; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const units = useOrgUnits();
  const definition = props.survey.definition as SurveyDefinition;
  const form = useSurveyAnswers();
  const [unitId, setUnitId] = useState<number>(props.survey.unitId);
  const [answeredOn, setAnsweredOn] = useState(vietnamTodayPicker());
  const save = useMutation({
    mutationFn: () => post(`/api/surveys/${props.survey.id}/paper-responses`, { answers: form.answers, unitId, answeredOn: answeredOn.format('YYYY-MM-DD') }),
    onSuccess: async () => {
      message.success(t('common.saved'));
      form.clear();
      await qc.invalidateQueries({ queryKey: ['surveys'] });
    },
    onError: form.showErrors,
  });
  return (
    <Modal
      open
      width={760}
      title={`${t('citizen.sv.paper')}: ${props.survey.title}`}
      onCancel={props.onClose}
      onOk={() => save.mutate()}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('citizen.sv.unit')}</Typography.Text>
        <TreeSelect
          showSearch
          treeNodeFilterProp="title"
          value={unitId}
          onChange={setUnitId}
          treeData={toUnitTree(units.data ?? [])}
          style={{ width: 260 }}
          aria-label={t('citizen.sv.unit')}
        />
        <DatePicker
          format="DD/MM/YYYY"
          value={answeredOn}
          onChange={(d) => d && setAnsweredOn(d)}
          disabledDate={(d) => d.isAfter(vietnamTodayPicker(), 'day')}
        />
      </Space>
      {save.error && <Alert type="error" showIcon title={save.error.message} style={{ marginBottom: 12 }} />}
      <SurveyQuestions
        definition={definition}
        form={form}
        section={(section, questions) => (
          <div>
            <Typography.Title level={5}>{section.title}</Typography.Title>
            {questions}
          </div>
        )}
      />
    </Modal>
  );
}
