// The review of an import: every criterion's sentences in the decision beside the rule as the system now reads it
// (after the officer's fixes), how far it was recognised and why, and what still blocks publishing.
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { CriterionReview, FrameworkImportDetail } from '../../../../contracts/framework-imports';
import { describeRule } from '../../../../domain/rules/framework-diff';
import type { Criterion } from '../../../../domain/rules/framework-shapes';
import { useT } from '../../i18n/core';

const COLORS: Record<CriterionReview['status'], string> = { recognised: 'green', partly: 'orange', unrecognised: 'red', parent: 'default' };

function byCode(nodes: Criterion[], out = new Map<string, Criterion>()): Map<string, Criterion> {
  for (const n of nodes) {
    out.set(n.code, n);
    byCode(n.children ?? [], out);
  }
  return out;
}

type Props = { detail: FrameworkImportDetail; onlyFlagged: boolean; onEdit?: (code: string) => void };

/** One row per criterion, in the order of the appendix. */
export function ReviewTable({ detail, onlyFlagged, onEdit }: Props) {
  const t = useT();
  const nodes = byCode(((detail.document as { areas?: Criterion[] }).areas ?? []) as Criterion[]);
  const problemsOf = (code: string) => {
    const node = nodes.get(code);
    return detail.problems.filter((p) => node && p.path.includes('areas') && pathCode(detail.document, p.path) === code).map((p) => p.message);
  };
  const rows = detail.reviews.filter((r) => !onlyFlagged || r.status === 'partly' || r.status === 'unrecognised' || problemsOf(r.code).length > 0);
  return (
    <Table
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="import-review"
      columns={[
        { title: t('fw.code'), dataIndex: 'code', width: 70 },
        {
          title: t('fw.criterion'),
          render: (_, r) => (
            <Space direction="vertical" size={2}>
              <Typography.Text strong={r.status === 'parent'}>{nodes.get(r.code)?.title ?? r.title}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.where}
              </Typography.Text>
            </Space>
          ),
        },
        { title: t('fi.col.max'), width: 80, align: 'right', render: (_, r) => nodes.get(r.code)?.maxPoints?.toLocaleString('vi-VN') },
        {
          title: t('fi.col.sentences'),
          render: (_, r) => (
            <>
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {r.sentences.map((s, i) => (
                  <li key={i}>
                    <i>{s}</i>
                  </li>
                ))}
              </ul>
              {r.orphans.length > 0 && (
                <Typography.Text type="warning" style={{ fontSize: 12 }}>
                  {t('fi.orphans')}: {r.orphans.map((o) => `«${o.slice(0, 80)}…»`).join('; ')}
                </Typography.Text>
              )}
            </>
          ),
        },
        {
          title: t('fi.col.rule'),
          render: (_, r) => {
            const node = nodes.get(r.code);
            const problems = problemsOf(r.code);
            return (
              <Space direction="vertical" size={2}>
                {r.status !== 'parent' && <code style={{ fontSize: 12 }}>{node?.placeholder ? '(giữ chỗ)' : describeRule(node?.rule)}</code>}
                {r.reasons.map((x, i) => (
                  <Typography.Text key={i} type="secondary" style={{ fontSize: 12 }}>
                    {x}
                  </Typography.Text>
                ))}
                {problems.map((x, i) => (
                  <Typography.Text key={`p${i}`} type="danger" style={{ fontSize: 12 }}>
                    {x}
                  </Typography.Text>
                ))}
              </Space>
            );
          },
        },
        {
          title: t('fi.col.status'),
          width: 150,
          render: (_, r) => (
            <Space direction="vertical" size={4}>
              <Tag color={COLORS[r.status]}>{t(`fi.st.${r.status}`)}</Tag>
              {onEdit && r.status !== 'parent' && (
                <Button size="small" onClick={() => onEdit(r.code)}>
                  {t('fi.edit')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** The code of the node an issue path names ("areas[1].children[2].rule.bands" → "7.3"). */
export function pathCode(document: unknown, path: string): string | null {
  const m = /^areas\[(\d+)\]((?:\.children\[\d+\])*)/.exec(path);
  if (!m) return null;
  let node = ((document as { areas?: Criterion[] }).areas ?? [])[Number(m[1])];
  for (const [, i] of m[2].matchAll(/\[(\d+)\]/g)) node = node?.children?.[Number(i)] as Criterion;
  return node?.code ?? null;
}
