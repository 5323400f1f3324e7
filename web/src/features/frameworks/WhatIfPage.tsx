import { CalculatorOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, InputNumber, Select, Space, Statistic, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { EvaluateReply } from '../../../../contracts/frameworks';
import type { Framework } from '../../../../domain/rules/framework-schema';
import { listLeaves } from '../../../../domain/rules/framework-ops';
import { ApiError, post } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { useFramework, useFrameworks } from './api';

type Inputs = Record<string, Record<string, number | boolean | string | null>>;

/** What-if scoring: any figures, any framework version, nothing stored (POST /api/frameworks/:code/evaluate). */
export function WhatIfPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const frameworks = useFrameworks();
  const code = params.get('code') ?? frameworks.data?.[0]?.code;
  const framework = useFramework(code);
  const [inputs, setInputs] = useState<Inputs>({});
  const [onlyFilled, setOnlyFilled] = useState(false);
  const leaves = useMemo(() => (framework.data ? listLeaves(framework.data.document as Framework) : []), [framework.data]);
  const evaluate = useMutation({ mutationFn: () => post<EvaluateReply>(`/api/frameworks/${code}/evaluate`, { inputs, version: framework.data?.version }) });
  const scores = new Map((evaluate.data?.criteria ?? []).map((c) => [c.code, c]));

  const setValue = (criterion: string, key: string, value: number | boolean | string | null) =>
    setInputs((prev) => ({ ...prev, [criterion]: { ...(prev[criterion] ?? {}), [key]: value } }));
  const shown = onlyFilled ? leaves.filter((l) => inputs[l.code] && Object.values(inputs[l.code]).some((v) => v !== null)) : leaves;

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('whatIf.title')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">{t('whatIf.intro')}</Typography.Paragraph>
      <div className="page-toolbar">
        <Select
          style={{ minWidth: 280 }}
          aria-label={t('whatIf.framework')}
          value={code}
          loading={frameworks.isLoading}
          options={(frameworks.data ?? []).map((f) => ({ value: f.code, label: `${f.code} — ${f.name}` }))}
          onChange={(v) => {
            setParams({ code: v }, { replace: true });
            setInputs({});
            evaluate.reset();
          }}
        />
        <Button type="primary" icon={<CalculatorOutlined />} onClick={() => evaluate.mutate()} loading={evaluate.isPending} disabled={!code}>
          {t('whatIf.evaluate')}
        </Button>
        <Button
          onClick={() => {
            setInputs({});
            evaluate.reset();
          }}
        >
          {t('whatIf.clear')}
        </Button>
        <Space>
          <Switch checked={onlyFilled} onChange={setOnlyFilled} aria-label={t('whatIf.onlyFilled')} />
          {t('whatIf.onlyFilled')}
        </Space>
      </div>
      {evaluate.error && (
        <Alert
          type="error"
          showIcon
          title={evaluate.error instanceof ApiError ? evaluate.error.message : String(evaluate.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      {evaluate.data && (
        <Statistic
          title={t('whatIf.total')}
          value={`${evaluate.data.total.toLocaleString('vi-VN')} / ${evaluate.data.max.toLocaleString('vi-VN')}`}
          style={{ marginBottom: 16 }}
          data-testid="what-if-total"
        />
      )}
      <QueryState isLoading={frameworks.isLoading || framework.isLoading} error={frameworks.error ?? framework.error} onRetry={() => framework.refetch()}>
        {shown.length === 0 ? (
          <Empty description={t('common.empty')} />
        ) : (
          <Table
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={shown}
            columns={[
              {
                title: t('whatIf.criterion'),
                width: 320,
                render: (_, c) => (
                  <div>
                    <Typography.Text strong>{c.code}</Typography.Text> {c.title}
                    <div>
                      <Tag>{`${t('whatIf.max')} ${c.maxPoints.toLocaleString('vi-VN')}`}</Tag>
                    </div>
                    {c.openCaseNote && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${t('whatIf.openCase')}: ${c.openCaseNote}`}</Typography.Text>
                    )}
                  </div>
                ),
              },
              {
                title: t('whatIf.inputs'),
                width: 320,
                render: (_, c) => (
                  <Space direction="vertical">
                    {(c.inputs ?? []).map((input) => {
                      const value = inputs[c.code]?.[input.key] ?? null;
                      const label = `${input.label}${input.unit ? ` (${input.unit})` : ''}`;
                      if (input.type === 'boolean') {
                        return (
                          <Space key={input.key}>
                            <Switch aria-label={`${c.code} ${label}`} checked={value === true} onChange={(v) => setValue(c.code, input.key, v)} />
                            {label}
                          </Space>
                        );
                      }
                      if (input.type === 'level') {
                        return (
                          <Select
                            key={input.key}
                            aria-label={`${c.code} ${label}`}
                            placeholder={label}
                            allowClear
                            style={{ width: 280 }}
                            value={value as string | null}
                            onChange={(v) => setValue(c.code, input.key, v ?? null)}
                            options={(input.levels ?? []).map((l) => ({ value: l.key, label: l.label }))}
                          />
                        );
                      }
                      return (
                        <InputNumber
                          key={input.key}
                          aria-label={`${c.code} ${label}`}
                          placeholder={label}
                          style={{ width: 280 }}
                          min={0}
                          value={value as number | null}
                          onChange={(v) => setValue(c.code, input.key, v)}
                          addonBefore={input.key}
                        />
                      );
                    })}
                  </Space>
                ),
              },
              {
                title: t('whatIf.score'),
                width: 90,
                render: (_, c) => (scores.has(c.code) ? `${scores.get(c.code)!.score.toLocaleString('vi-VN')} / ${c.maxPoints.toLocaleString('vi-VN')}` : '—'),
              },
              { title: t('whatIf.explanation'), render: (_, c) => scores.get(c.code)?.explanation ?? '' },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}
