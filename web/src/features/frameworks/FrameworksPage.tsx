import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { FrameworkDetail } from '../../../../contracts/frameworks';
import { post } from '../../api/client';
import { hasPermission, useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { useFramework, useFrameworks } from './api';
import { CompareDialog } from './CompareDialog';
import { FrameworkEditor } from './FrameworkEditor';

type Node = {
  code: string;
  title: string;
  maxPoints: number;
  responsibleUnits: string[];
  placeholder?: boolean;
  rule?: { type: string };
  openCaseNote?: string;
  children?: Node[];
};

function flatten(nodes: Node[], depth = 0, out: Array<Node & { depth: number }> = []) {
  for (const n of nodes) {
    out.push({ ...n, depth });
    flatten(n.children ?? [], depth + 1, out);
  }
  return out;
}

/** Frameworks and their versions: the criteria tree with rules and open-case notes; import, edit, copy. */
export function FrameworksPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const list = useFrameworks();
  const code = params.get('ma') ?? list.data?.[0]?.code;
  const version = params.get('phienban') ? Number(params.get('phienban')) : undefined;
  const detail = useFramework(code, version);
  const [editing, setEditing] = useState<string | null>(null);
  const [copying, setCopying] = useState(false);
  const [formEditing, setFormEditing] = useState(false);
  const [comparing, setComparing] = useState(false);
  const navigate = useNavigate();
  const canManage = hasPermission(me.data, 'framework:manage');
  const done = (d: FrameworkDetail) => {
    void qc.invalidateQueries({ queryKey: ['frameworks'] });
    void qc.invalidateQueries({ queryKey: ['framework'] });
    setParams({ ma: d.code, phienban: String(d.version) }, { replace: true });
    setEditing(null);
    setCopying(false);
    setFormEditing(false);
  };
  const onError = (e: Error) => message.error(e.message);
  const save = useMutation({
    mutationFn: (text: string) => post<FrameworkDetail>('/api/frameworks', { document: JSON.parse(text) as unknown }),
    onSuccess: done,
    onError,
  });
  const copy = useMutation({
    mutationFn: (v: { year: number; code: string }) => post<FrameworkDetail>(`/api/frameworks/${code}/copy`, v),
    onSuccess: done,
    onError,
  });
  const codes = [...new Set((list.data ?? []).map((f) => f.code))];
  const doc = detail.data?.document as { areas: Node[]; description?: string } | undefined;
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('fw.title')}
        </Typography.Title>
      }
      extra={
        canManage && (
          <Space>
            <Button onClick={() => navigate('/bo-chi-so/nhap')}>{t('fi.open')}</Button>
            <Button type="primary" onClick={() => setFormEditing(true)} disabled={!detail.data || formEditing}>
              {t('fe.open')}
            </Button>
            <Button onClick={() => setEditing(detail.data ? JSON.stringify(detail.data.document, null, 2) : '')}>{t('fw.import')}</Button>
            <Button onClick={() => setCopying(true)} disabled={!detail.data}>
              {t('fw.copy')}
            </Button>
          </Space>
        )
      }
    >
      <QueryState isLoading={list.isLoading} error={list.error} isEmpty={list.data?.length === 0} onRetry={() => list.refetch()}>
        <div className="page-toolbar">
          <Select
            aria-label={t('fw.code')}
            style={{ width: 240 }}
            value={code}
            onChange={(v) => setParams({ ma: v }, { replace: true })}
            options={codes.map((c) => ({ value: c, label: c }))}
          />
          <Select
            aria-label={t('fw.version')}
            style={{ width: 160 }}
            value={detail.data?.version}
            onChange={(v) => setParams({ ma: code ?? '', phienban: String(v) }, { replace: true })}
            options={(detail.data?.versions ?? []).map((v) => ({ value: v, label: `${t('fw.version')} ${v}` }))}
          />
        </div>
        <QueryState isLoading={detail.isLoading} error={detail.error} onRetry={() => detail.refetch()}>
          {detail.data && doc && (
            <>
              <Typography.Paragraph>
                <b>{detail.data.name}</b> — {t('fw.year')} {detail.data.year}, {t('fw.max')} {detail.data.max.toLocaleString('vi-VN')}
                {detail.data.partial && (
                  <Tag color="orange" style={{ marginLeft: 8 }}>
                    {t('fw.partial')}
                  </Tag>
                )}
              </Typography.Paragraph>
              {detail.data.decisionNumber && (
                <Typography.Paragraph data-testid="framework-decision">
                  {t('fw.decision', {
                    number: detail.data.decisionNumber,
                    date: detail.data.decisionDate ?? '—',
                    from: detail.data.effectiveFrom ?? '—',
                    to: detail.data.effectiveTo ?? t('fw.decisionNow'),
                  })}
                  {detail.data.amendsVersion && `, ${t('fw.amends', { version: detail.data.amendsVersion })}`}
                </Typography.Paragraph>
              )}
              <Typography.Paragraph type="secondary">{doc.description}</Typography.Paragraph>
              {detail.data.versions.length > 1 && (
                <Button size="small" style={{ marginBottom: 8 }} onClick={() => setComparing(true)}>
                  {t('fw.compare')}
                </Button>
              )}
              {formEditing ? (
                <FrameworkEditor
                  key={`${detail.data.code}@${detail.data.version}`}
                  document={detail.data.document}
                  onSaved={done}
                  onClose={() => setFormEditing(false)}
                />
              ) : (
                <Table
                  rowKey="code"
                  size="small"
                  pagination={false}
                  dataSource={flatten(doc.areas)}
                  columns={[
                    { title: t('fw.code'), dataIndex: 'code', width: 80, render: (v: string, n) => <span style={{ paddingLeft: n.depth * 12 }}>{v}</span> },
                    {
                      title: t('fw.criterion'),
                      dataIndex: 'title',
                      render: (v: string, n) =>
                        n.placeholder ? (
                          <Typography.Text type="secondary">
                            {v} ({t('fw.placeholder')})
                          </Typography.Text>
                        ) : (
                          v
                        ),
                    },
                    { title: t('fw.max'), dataIndex: 'maxPoints', align: 'right', width: 80 },
                    { title: t('fw.responsible'), render: (_, n) => n.responsibleUnits.join(', '), width: 160 },
                    { title: t('fw.rule'), render: (_, n) => (n.rule ? t(`fe.rule.${n.rule.type}`) : ''), width: 150 },
                    {
                      title: t('fw.openCase'),
                      dataIndex: 'openCaseNote',
                      render: (v?: string) =>
                        v && (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {v}
                          </Typography.Text>
                        ),
                    },
                  ]}
                />
              )}
            </>
          )}
        </QueryState>
      </QueryState>
      {editing !== null && (
        <Modal
          open
          width={900}
          title={t('fw.import')}
          okText={t('fw.save')}
          onCancel={() => setEditing(null)}
          confirmLoading={save.isPending}
          onOk={() => {
            try {
              JSON.parse(editing);
            } catch {
              return void message.error('Nội dung không phải JSON hợp lệ; kiểm tra dấu ngoặc và dấu phẩy.');
            }
            save.mutate(editing);
          }}
        >
          <Typography.Paragraph type="secondary">{t('fw.importHelp')}</Typography.Paragraph>
          <Input.TextArea
            aria-label="JSON"
            value={editing}
            onChange={(e) => setEditing(e.target.value)}
            rows={24}
            style={{ fontFamily: 'monospace', fontSize: 12 }}
          />
        </Modal>
      )}
      {comparing && detail.data && (
        <CompareDialog code={detail.data.code} version={detail.data.version} versions={detail.data.versions} onClose={() => setComparing(false)} />
      )}
      {copying && (
        <Modal
          open
          title={t('fw.copy')}
          onCancel={() => setCopying(false)}
          okButtonProps={{ htmlType: 'submit', form: 'fw-copy' }}
          confirmLoading={copy.isPending}
        >
          <Form
            id="fw-copy"
            layout="vertical"
            initialValues={{ year: (detail.data?.year ?? 2023) + 1 }}
            onFinish={(v: { year: number; code: string }) => copy.mutate(v)}
          >
            <Form.Item name="year" label={t('fw.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item
              name="code"
              label={t('fw.newCode')}
              rules={[{ required: true, pattern: /^[A-Z0-9][A-Z0-9-]*$/, message: 'Mã chỉ gồm chữ in hoa, số và dấu gạch ngang.' }]}
            >
              <Input />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Card>
  );
}
