// Reviewing an import before publishing: what the importer noticed, the totals against the table's, each
// criterion's source beside its reading, metric bindings to accept, the per-criterion editor, and publication.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, List, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { FrameworkImportDetail, MetricBinding } from '../../../../contracts/framework-imports';
import { applyMetricBindings } from '../../../../domain/rules/import/metric-bindings';
import type { Criterion } from '../../../../domain/rules/framework-shapes';
import { findCriterion } from '../../../../domain/rules/framework-ops';
import type { Framework } from '../../../../domain/rules/framework-schema';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { FrameworkEditor } from './FrameworkEditor';
import { importCalls, useImport } from './import-api';
import { PublishDialog } from './PublishDialog';
import { ReviewTable } from './ReviewTable';

/** The review page of one import. */
export function ImportReviewPage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const onlyFlagged = params.get('canxem') === '1';
  const query = useImport(id);
  const [editing, setEditing] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const update = (d: FrameworkImportDetail) => qc.setQueryData(['framework-import', id], d);
  const save = useMutation({ mutationFn: (doc: unknown) => importCalls.save(id, doc), onSuccess: update, onError: (e: Error) => message.error(e.message) });
  const d = query.data;
  const draft = d?.status === 'draft';
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('fi.review')}
          {d ? `: ${d.code}` : ''}
        </Typography.Title>
      }
      extra={
        d &&
        draft && (
          <Space>
            <Button onClick={() => setEditing('')}>{t('fi.edit')}</Button>
            <Button type="primary" onClick={() => setPublishing(true)} disabled={d.problems.length > 0}>
              {t('fi.publish')}
            </Button>
          </Space>
        )
      }
    >
      <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => query.refetch()}>
        {d && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph>
              <b>{d.name}</b> — {d.sourceName}, {t('fi.year')} {d.year}.{' '}
              {t('fi.totals', {
                computed: d.totals.computed.toLocaleString('vi-VN'),
                table: d.totals.table === null ? t('fi.noTableTotal') : d.totals.table.toLocaleString('vi-VN'),
              })}{' '}
              <Tag color={d.status === 'published' ? 'green' : 'blue'}>
                {t(`fi.status.${d.status}`)}
                {d.publishedVersion ? ` v${d.publishedVersion}` : ''}
              </Tag>
            </Typography.Paragraph>
            {d.problems.length > 0 ? (
              <Alert
                type="error"
                showIcon
                data-testid="import-problems"
                title={t('fi.problems')}
                description={
                  <ul style={{ margin: 0 }}>
                    {d.problems.slice(0, 12).map((p, i) => (
                      <li key={i}>
                        <code>{p.path}</code> {p.message}
                      </li>
                    ))}
                  </ul>
                }
              />
            ) : (
              draft && <Alert type="success" showIcon data-testid="import-ready" title={t('fi.ready')} />
            )}
            {d.issues.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title={t('fi.issues')}
                description={
                  <ul style={{ margin: 0 }}>
                    {d.issues.map((i, n) => (
                      <li key={n}>
                        {i.where}
                        {i.code ? ` (${i.code})` : ''}: {i.message}
                      </li>
                    ))}
                  </ul>
                }
              />
            )}
            {editing !== null ? (
              <FrameworkEditor
                key={`${id}-${editing}`}
                document={d.document}
                focusCode={editing || undefined}
                initialIssues={d.problems}
                onSaveDraft={async (doc) => {
                  const next = await importCalls.save(id, doc);
                  update(next);
                  return next.problems;
                }}
                onSaved={() => setEditing(null)}
                onClose={() => setEditing(null)}
              />
            ) : (
              <>
                <Space>
                  <Switch checked={onlyFlagged} onChange={(v) => setParams(v ? { canxem: '1' } : {}, { replace: true })} aria-label={t('fi.onlyFlagged')} />
                  <span>{t('fi.onlyFlagged')}</span>
                </Space>
                <ReviewTable detail={d} onlyFlagged={onlyFlagged} onEdit={draft ? (code) => setEditing(code) : undefined} />
                {d.bindings.length > 0 && (
                  <Card size="small" title={t('fi.bindings')}>
                    <Typography.Paragraph type="secondary">{t('fi.bindingsHelp')}</Typography.Paragraph>
                    <List
                      size="small"
                      dataSource={d.bindings}
                      renderItem={(b) => (
                        <List.Item
                          data-testid={`binding-${b.code}-${b.inputKey}`}
                          actions={
                            draft
                              ? [
                                  <Button
                                    key="bind"
                                    size="small"
                                    loading={save.isPending}
                                    onClick={() => save.mutate(applyMetricBindings(d.document as { areas: Criterion[] }, [b]))}
                                  >
                                    {t('fi.bind')}
                                  </Button>,
                                ]
                              : []
                          }
                        >
                          <BindingText binding={b} document={d.document} />
                        </List.Item>
                      )}
                    />
                  </Card>
                )}
              </>
            )}
          </Space>
        )}
      </QueryState>
      {publishing && d && (
        <PublishDialog
          detail={d}
          onClose={() => setPublishing(false)}
          onPublished={(fw) => {
            void qc.invalidateQueries({ queryKey: ['frameworks'] });
            void qc.invalidateQueries({ queryKey: ['framework-imports'] });
            navigate(`/bo-chi-so?ma=${fw.code}&phienban=${fw.version}`);
          }}
        />
      )}
    </Card>
  );
}

/** One offered binding: the input (or the share's counts it replaces), the metric, its unit and definition, the conversion. */
function BindingText({ binding: b, document }: { binding: MetricBinding; document: unknown }) {
  const t = useT();
  const node = findCriterion({ areas: (document as { areas?: Criterion[] }).areas ?? [] } as Framework, b.code);
  const label = (key: string) => node?.inputs?.find((i) => i.key === key)?.label ?? key;
  return (
    <Space direction="vertical" size={0}>
      <span>
        <b>{b.code}</b>{' '}
        {b.kind === 'share' ? (
          <>
            {b.replaces.map((k) => `«${label(k)}»`).join(' / ')} → «{b.inputLabel}»
          </>
        ) : (
          <>«{b.inputLabel}»</>
        )}{' '}
        ← <code>{b.metric}</code> <Tag>{b.unit === '%' ? t('fi.unit.percent') : t('fi.unit.count')}</Tag>
      </span>
      <span>{b.definition}.</span>
      {b.conversion && <Typography.Text type="secondary">{b.conversion}</Typography.Text>}
      <Typography.Text type="secondary">{b.reason}</Typography.Text>
    </Space>
  );
}
