import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Modal } from 'antd';
import type { CSSProperties } from 'react';
import { useState } from 'react';
import type { ExternalIndexWithIndicators, SaveExternalIndicator, SaveExternalIndicatorsRequest } from '../../../../contracts/reports-external';
import { ApiError, put } from '../../api/client';
import { useT } from '../../i18n/core';

const ROW: CSSProperties = { display: 'grid', gridTemplateColumns: '80px 1fr 100px 100px 100px 120px 32px', gap: 8, alignItems: 'start' };
const FULL: CSSProperties = { width: '100%' };

/** The Office enters a year's sub-indicator table as a whole; the server's complaints land on their cells. */
export function EditIndicatorsButton({ result }: { result: ExternalIndexWithIndicators }) {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ indicators: SaveExternalIndicator[] }>();
  const save = useMutation({
    mutationFn: (body: SaveExternalIndicatorsRequest) => put<ExternalIndexWithIndicators>(`/api/external-index-results/${result.id}/indicators`, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['external-indices'] });
      message.success(t('ext.saved'));
      setOpen(false);
    },
    onError: (e) => {
      setError((e as Error).message);
      // "indicators.2.rank" → the cell of row 3, column rank.
      const fields = e instanceof ApiError ? (e.details?.fields ?? []) : [];
      form.setFields(
        fields
          .map((f) => ({ parts: f.field.split('.'), message: f.message }))
          .filter((f) => f.parts[0] === 'indicators' && f.parts.length === 3)
          .map((f) => ({ name: ['indicators', Number(f.parts[1]), f.parts[2] as keyof SaveExternalIndicator] as const, errors: [f.message] })),
      );
    },
  });
  const start = () => {
    setError(null);
    form.setFieldsValue({ indicators: result.indicators.map(({ code, name, score, max, rank, rankOf }) => ({ code, name, score, max, rank, rankOf })) });
    setOpen(true);
  };
  const submit = (v: { indicators?: SaveExternalIndicator[] }) =>
    save.mutate({
      indicators: (v.indicators ?? []).map((r) => ({
        code: r.code,
        name: r.name,
        score: r.score ?? null,
        max: r.max ?? null,
        rank: r.rank ?? null,
        rankOf: r.rankOf ?? null,
      })),
    });
  return (
    <>
      <Button onClick={start}>{t('ext.edit')}</Button>
      {open && (
        <Modal
          open
          width={960}
          title={`${t('ext.edit')} — ${result.indexCode} ${result.year}`}
          onCancel={() => setOpen(false)}
          okText={t('ext.save')}
          onOk={() => form.submit()}
          confirmLoading={save.isPending}
        >
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Form form={form} onFinish={submit}>
            <Form.List name="indicators">
              {(rows, { add, remove }) => (
                <>
                  {rows.map(({ key, name }) => (
                    // A grid keeps each row on one line; a cell's error wraps inside its own column.
                    <div key={key} style={ROW}>
                      <Form.Item name={[name, 'code']} rules={[{ required: true, message: t('ext.required') }]}>
                        <Input placeholder={t('ext.code')} aria-label={t('ext.code')} />
                      </Form.Item>
                      <Form.Item name={[name, 'name']} rules={[{ required: true, message: t('ext.required') }]}>
                        <Input placeholder={t('ext.name')} aria-label={t('ext.name')} />
                      </Form.Item>
                      <Form.Item name={[name, 'score']}>
                        <InputNumber placeholder={t('ext.score')} aria-label={t('ext.score')} min={0} step={0.01} style={FULL} />
                      </Form.Item>
                      <Form.Item name={[name, 'max']}>
                        <InputNumber placeholder={t('ext.max')} aria-label={t('ext.max')} min={0} step={0.01} style={FULL} />
                      </Form.Item>
                      <Form.Item name={[name, 'rank']}>
                        <InputNumber placeholder={t('ext.rank')} aria-label={t('ext.rank')} min={1} style={FULL} />
                      </Form.Item>
                      <Form.Item name={[name, 'rankOf']}>
                        <InputNumber placeholder={t('ext.rankOf')} aria-label={t('ext.rankOf')} min={1} style={FULL} />
                      </Form.Item>
                      <Button type="text" icon={<MinusCircleOutlined />} aria-label="remove" onClick={() => remove(name)} />
                    </div>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ code: '', name: '', score: null, max: null, rank: null, rankOf: null })}>
                    {t('ext.addRow')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form>
        </Modal>
      )}
    </>
  );
}
