// Per-criterion editor of a framework: the tree on the left, the selected node's form on the right. It edits a copy
// of the document and saves it through POST /api/frameworks; the server's path-named errors are pinned to their nodes.
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Col, Popconfirm, Row, Space, Tag, Tree, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import type { FrameworkDetail } from '../../../../contracts/frameworks';
import type { FrameworkIssue } from '../../../../domain/rules/framework-ops';
import type { Criterion } from '../../../../domain/rules/framework-schema';
import {
  addChild,
  addSibling,
  keyPath,
  moveNode,
  nodeAt,
  nodePathOfIssue,
  pathKey,
  removeNode,
  sumUpMaxima,
  updateNode,
  type EditableFramework,
  type NodePath,
} from '../../../../domain/rules/framework-edit';
import { ApiError, post } from '../../api/client';
import { useT } from '../../i18n/core';
import { CriterionForm } from './CriterionForm';

type Props = {
  document: unknown;
  onSaved: (d: FrameworkDetail) => void;
  onClose: () => void;
  /** Saves a draft instead of a new version (an import being reviewed) and returns what still blocks publishing. */
  onSaveDraft?: (doc: EditableFramework) => Promise<FrameworkIssue[]>;
  /** Problems to pin on the tree when the editor opens (a draft's known problems). */
  initialIssues?: FrameworkIssue[];
  /** The node to select first, by code. */
  focusCode?: string;
};
type Located = FrameworkIssue & { key: string; field: string };
type TreeItem = { key: string; title: ReactNode; children: TreeItem[] };

function treeOf(nodes: Criterion[], errorKeys: Set<string>, prefix: NodePath = []): TreeItem[] {
  return nodes.map((n, i) => {
    const path = [...prefix, i];
    const key = pathKey(path);
    const title = (
      <span data-testid={`tree-${n.code}`}>
        {n.code} {n.title} <Typography.Text type="secondary">({n.maxPoints})</Typography.Text>
        {errorKeys.has(key) && (
          <Tag color="red" style={{ marginLeft: 4 }}>
            !
          </Tag>
        )}
      </span>
    );
    return { key, title, children: treeOf(n.children ?? [], errorKeys, path) };
  });
}

const allKeys = (items: TreeItem[]): string[] => items.flatMap((i) => [i.key, ...allKeys(i.children)]);
const ancestors = (path: NodePath) => path.map((_, i) => pathKey(path.slice(0, i + 1)));

/** The tree, the toolbar (add, delete, move), the form of the selected node and the save button. */
function locate(raw: FrameworkIssue[]): Located[] {
  return raw.map((i) => {
    const at = nodePathOfIssue(i.path);
    return { ...i, key: pathKey(at.path), field: at.field };
  });
}

function pathOfCode(nodes: Criterion[], code: string, prefix: NodePath = []): NodePath | null {
  for (let i = 0; i < nodes.length; i++) {
    if (nodes[i].code === code) return [...prefix, i];
    const inner = pathOfCode(nodes[i].children ?? [], code, [...prefix, i]);
    if (inner) return inner;
  }
  return null;
}

export function FrameworkEditor({ document, onSaved, onClose, onSaveDraft, initialIssues, focusCode }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [doc, setDoc] = useState<EditableFramework>(() => structuredClone(document) as EditableFramework);
  const [selected, setSelected] = useState<NodePath>(() => (focusCode ? (pathOfCode((document as EditableFramework).areas, focusCode) ?? []) : []));
  const [issues, setIssues] = useState<Located[]>(() => locate(initialIssues ?? []));
  // A new form after a structural change or a save attempt, so it shows the node as it now is.
  const [formEpoch, setFormEpoch] = useState(0);
  const errorKeys = useMemo(() => new Set(issues.map((i) => i.key)), [issues]);
  const items = useMemo(() => treeOf(doc.areas, errorKeys), [doc.areas, errorKeys]);
  const [expanded, setExpanded] = useState<string[]>(() => allKeys(items));
  const node = nodeAt(doc, selected);

  const select = (path: NodePath) => {
    setSelected(path);
    setExpanded((e) => [...new Set([...e, ...ancestors(path.slice(0, -1))])]);
    setFormEpoch((n) => n + 1);
  };
  // Structural changes move indices, so errors pinned by index would point at the wrong node.
  const restructure = (r: { doc: EditableFramework; path: NodePath }) => {
    setDoc(r.doc);
    setIssues([]);
    select(r.path);
  };
  const saveDraft = useMutation({
    mutationFn: () => onSaveDraft!(doc),
    onSuccess: (problems) => {
      setIssues(locate(problems));
      void message.success(t('fi.saved'));
    },
    onError: (e: Error) => message.error(e.message),
  });
  const save = useMutation({
    mutationFn: () => post<FrameworkDetail>('/api/frameworks', { document: doc }),
    onSuccess: (d) => {
      void message.success(t('fe.saved', { version: d.version }));
      onSaved(d);
    },
    onError: (e: Error) => {
      const raw = e instanceof ApiError ? ((e.details?.issues as FrameworkIssue[] | undefined) ?? []) : [];
      const located = locate(raw);
      setIssues(located);
      const first = located.find((i) => i.key !== '');
      if (first) select(keyPath(first.key));
      if (located.length === 0) void message.error(e.message);
    },
  });

  const nodeErrors = issues.filter((i) => i.key === pathKey(selected) && i.key !== '');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('fe.help')}</Typography.Paragraph>
      <Space wrap>
        {onSaveDraft ? (
          <Button type="primary" loading={saveDraft.isPending} onClick={() => saveDraft.mutate()}>
            {t('fi.saveDraft')}
          </Button>
        ) : (
          <Button type="primary" loading={save.isPending} onClick={() => save.mutate()}>
            {t('fe.save')}
          </Button>
        )}
        <Button onClick={onClose}>{t('fe.close')}</Button>
      </Space>
      {issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('fe.errors')}
          data-testid="editor-errors"
          description={
            <ul style={{ margin: 0 }}>
              {issues.map((i, n) => (
                <li key={n}>
                  <Typography.Link onClick={() => i.key !== '' && select(keyPath(i.key))}>
                    {i.key !== '' ? (nodeAt(doc, keyPath(i.key))?.code ?? i.path) : t('fe.general')}
                  </Typography.Link>
                  : {i.field && <code>{i.field}</code>} {i.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <Space wrap style={{ marginBottom: 8 }}>
            <Button size="small" disabled={!node} onClick={() => restructure(addChild(doc, selected))}>
              {t('fe.addChild')}
            </Button>
            <Button size="small" disabled={!node} onClick={() => restructure(addSibling(doc, selected))}>
              {t('fe.addSibling')}
            </Button>
            <Button size="small" disabled={!node} onClick={() => restructure(moveNode(doc, selected, -1))}>
              {t('fe.up')}
            </Button>
            <Button size="small" disabled={!node} onClick={() => restructure(moveNode(doc, selected, 1))}>
              {t('fe.down')}
            </Button>
            <Popconfirm
              title={t('fe.confirmDelete', { code: node?.code ?? '' })}
              disabled={!node}
              onConfirm={() => restructure({ doc: removeNode(doc, selected), path: selected.length > 1 ? selected.slice(0, -1) : [] })}
            >
              <Button size="small" danger disabled={!node}>
                {t('fe.delete')}
              </Button>
            </Popconfirm>
          </Space>
          <Tree
            treeData={items}
            expandedKeys={expanded}
            onExpand={(keys) => setExpanded(keys.map(String))}
            selectedKeys={node ? [pathKey(selected)] : []}
            onSelect={(keys) => keys.length > 0 && select(keyPath(String(keys[0])))}
            style={{ maxHeight: 640, overflow: 'auto' }}
          />
        </Col>
        <Col xs={24} lg={15}>
          {node ? (
            <CriterionForm
              key={`${pathKey(selected)}#${formEpoch}`}
              node={node}
              errors={nodeErrors}
              onChange={(fields) => setDoc((d) => updateNode(d, selected, fields))}
              onSumUp={() => {
                setDoc(sumUpMaxima(doc, selected));
                setFormEpoch((n) => n + 1);
              }}
            />
          ) : (
            <Typography.Paragraph type="secondary">{t('fe.help')}</Typography.Paragraph>
          )}
        </Col>
      </Row>
    </Space>
  );
}
