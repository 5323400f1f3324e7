import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Survey } from '../../../../contracts/citizen-surveys';
import { hasPermission, useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { PaperResponseModal } from './PaperResponseModal';
import { SurveyEditorModal } from './SurveyEditorModal';
import { useSurveys } from './api';

const STATUS_COLORS = { draft: 'default', open: 'green', closed: 'red' } as const;

/** Surveys: list, builder, paper answers, and links to results and QR codes. */
export function SurveysPage() {
  const t = useT();
  const { data: me } = useMe();
  const surveys = useSurveys();
  const [editing, setEditing] = useState<Survey | 'new' | null>(null);
  const [paper, setPaper] = useState<Survey | null>(null);
  const canManage = hasPermission(me, 'survey:manage');
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('citizen.sv.title')}
        </Typography.Title>
      }
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('common.create')}
          </Button>
        )
      }
    >
      <QueryState isLoading={surveys.isLoading} error={surveys.error} isEmpty={surveys.data?.length === 0} onRetry={() => surveys.refetch()}>
        <Table<Survey>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={surveys.data}
          columns={[
            { title: t('citizen.sv.title'), dataIndex: 'title', render: (v: string, s) => <Link to={`/khao-sat/${s.id}`}>{v}</Link> },
            { title: t('citizen.sv.unit'), dataIndex: 'unitName' },
            {
              title: t('citizen.fb.status'),
              dataIndex: 'status',
              render: (v: Survey['status']) => <Tag color={STATUS_COLORS[v]}>{t(`citizen.sv.status.${v}`)}</Tag>,
            },
            { title: t('citizen.sv.responses'), dataIndex: 'responses' },
            { title: t('citizen.sv.link'), dataIndex: 'slug', render: (v: string) => <a href={`/cong-khai/khao-sat/${v}`}>{`/cong-khai/khao-sat/${v}`}</a> },
            {
              title: t('common.actions'),
              render: (_, s) => (
                <Space>
                  <Link to={`/khao-sat/${s.id}`}>{t('citizen.sv.results')}</Link>
                  {canManage && (
                    <Button size="small" onClick={() => setEditing(s)}>
                      {t('common.edit')}
                    </Button>
                  )}
                  {canManage && <Link to={`/khao-sat/${s.id}/mau`}>{t('citizen.sample.title')}</Link>}
                  {hasPermission(me, 'survey:enter') && (
                    <Button size="small" onClick={() => setPaper(s)}>
                      {t('citizen.sv.paper')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </QueryState>
      {editing && <SurveyEditorModal survey={editing} onClose={() => setEditing(null)} />}
      {paper && <PaperResponseModal survey={paper} onClose={() => setPaper(null)} />}
    </Card>
  );
}
