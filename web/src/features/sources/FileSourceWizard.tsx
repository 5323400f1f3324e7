import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Form, Radio, Select, Space, Steps, Table, Tooltip, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { SamplePreview } from '../../../../contracts/source-files';
import type { FieldMapping, SourceView } from '../../../../contracts/sources';
import type { DossierImportColumn } from '../../../../domain/dossiers/import-row';
import { api, ApiError } from '../../api/client';
import { useT } from '../../i18n/core';
import { FIELD_LABELS } from './field-labels';
import { MappingEditor } from './MappingEditor';
import { scheduleOf, SourceBasicsFields, type BasicsValues } from './SourceBasics';

interface Choice {
  sheet?: string | null;
  headerRow?: number;
  headerDepth?: 1 | 2;
  mapping?: FieldMapping;
}

/**
 * A file source made from a sample export, in four steps: the sample (and the source's name, unit, schedule), the
 * header row (one or two rows for merged cells), the columns matched to the register's fields, and 20 rows checked
 * exactly as every later file will be, with the errors by row and column; then the profile is saved.
 */
export function FileSourceWizard() {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<BasicsValues>();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<SamplePreview | null>(null);
  const [mapping, setMapping] = useState<FieldMapping>({});
  const [pickedRow, setPickedRow] = useState<number | null>(null);
  const [depth, setDepth] = useState<1 | 2>(1);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const read = async (f: File, choice: Choice): Promise<SamplePreview | null> => {
    const unitId = form.getFieldValue('unitId');
    if (!unitId) {
      await form.validateFields(['unitId']);
      return null;
    }
    setBusy(true);
    setError(null);
    const data = new FormData();
    data.append('unitId', String(unitId));
    if (choice.sheet) data.append('sheet', choice.sheet);
    if (choice.headerRow) data.append('headerRow', String(choice.headerRow));
    if (choice.headerDepth) data.append('headerDepth', String(choice.headerDepth));
    if (choice.mapping) data.append('mapping', JSON.stringify(choice.mapping));
    data.append('file', f);
    try {
      const p = await api<SamplePreview>('POST', '/api/sources/sample', data);
      setPreview(p);
      setMapping(p.mapping);
      setPickedRow(p.headerRow);
      setDepth(p.headerDepth);
      return p;
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const body = {
        kind: 'file',
        name: v.name,
        code: v.code,
        unitId: v.unitId,
        schedule: scheduleOf(v),
        profile: { sheet: preview!.sheet, headerRow: preview!.headerRow, headerDepth: preview!.headerDepth, mapping },
      };
      const created = await api<SourceView>('POST', '/api/sources', body);
      void qc.invalidateQueries({ queryKey: ['sources'] });
      message.success(t('sources.form.saved'));
      navigate(`/nguon-du-lieu/${created.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const width = Math.max(1, ...(preview?.rows.map((r) => r.length) ?? [1]));
  const errors = preview?.preview.filter((p) => p.problems.length) ?? [];
  const mapped = (Object.keys(mapping) as DossierImportColumn[]).filter((f) => mapping[f]?.from || mapping[f]?.kind === 'derive-state');
  return (
    <Card title={t('sources.file.title')}>
      <Steps
        current={step}
        style={{ marginBottom: 24 }}
        items={['sample', 'header', 'columns', 'preview'].map((k) => ({ title: t(`sources.file.step.${k}`) }))}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<BasicsValues>
        form={form}
        layout="vertical"
        initialValues={{ scheduleKind: 'interval', minutes: 15 }}
        style={{ display: step === 0 ? 'block' : 'none', maxWidth: 640 }}
      >
        <SourceBasicsFields />
        <Form.Item label={t('sources.file.sample')} required>
          <Upload
            accept=".xlsx,.csv"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              setFile(f);
              void read(f, {});
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy}>
              {file ? file.name : t('sources.file.sample')}
            </Button>
          </Upload>
        </Form.Item>
        <Button
          type="primary"
          disabled={!preview}
          onClick={async () => {
            await form.validateFields();
            setStep(1);
          }}
        >
          {t('sources.next')}
        </Button>
      </Form>

      {step === 1 && preview && (
        <Space direction="vertical" style={{ width: '100%' }}>
          {preview.sheets.length > 1 && (
            <Space>
              <span>{t('sources.file.sheet')}</span>
              <Select
                style={{ width: 220 }}
                value={preview.sheet ?? undefined}
                options={preview.sheets.map((s) => ({ value: s, label: s }))}
                onChange={(sheet) => file && void read(file, { sheet })}
              />
            </Space>
          )}
          <Typography.Text type="secondary">{t('sources.file.headerHint')}</Typography.Text>
          <Radio.Group
            value={depth}
            onChange={(e) => setDepth(e.target.value)}
            options={[
              { value: 1, label: t('sources.file.depth1') },
              { value: 2, label: t('sources.file.depth2') },
            ]}
          />
          <Table
            size="small"
            bordered
            scroll={{ x: true }}
            pagination={false}
            rowKey="row"
            dataSource={preview.rows.map((cells, i) => ({ row: i + 1, cells }))}
            rowClassName={(r) => (pickedRow !== null && r.row >= pickedRow && r.row < pickedRow + depth ? 'ant-table-row-selected' : '')}
            onRow={(r) =>
              ({
                onClick: () => setPickedRow(r.row),
                style: { cursor: 'pointer' },
                'aria-label': `${t('sources.file.row')} ${r.row}`,
              }) as React.HTMLAttributes<HTMLElement>
            }
            columns={[
              { title: t('sources.file.row'), dataIndex: 'row', width: 60, fixed: 'left' },
              ...Array.from({ length: width }, (_, c) => ({
                title: String.fromCharCode(65 + (c % 26)),
                key: String(c),
                render: (_: unknown, r: { cells: string[] }) => <span style={{ whiteSpace: 'nowrap' }}>{r.cells[c] ?? ''}</span>,
              })),
            ]}
          />
          <Space>
            <Button onClick={() => setStep(0)}>{t('sources.back')}</Button>
            <Button
              type="primary"
              loading={busy}
              disabled={pickedRow === null}
              onClick={async () => {
                if (file && (await read(file, { sheet: preview.sheet, headerRow: pickedRow!, headerDepth: depth }))) setStep(2);
              }}
            >
              {t('sources.file.pickHeader', { row: pickedRow ?? '' })}
            </Button>
          </Space>
        </Space>
      )}

      {step === 2 && preview && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <MappingEditor mapping={mapping} onChange={setMapping} columns={preview.labels} />
          <Space>
            <Button onClick={() => setStep(1)}>{t('sources.back')}</Button>
            <Button
              type="primary"
              loading={busy}
              onClick={async () => {
                if (file && (await read(file, { sheet: preview.sheet, headerRow: preview.headerRow, headerDepth: preview.headerDepth, mapping }))) setStep(3);
              }}
            >
              {t('sources.file.check')}
            </Button>
          </Space>
        </Space>
      )}

      {step === 3 && preview && (
        <Space direction="vertical" style={{ width: '100%' }}>
          {errors.length ? (
            <Alert type="warning" showIcon title={t('sources.file.previewErrors', { n: errors.length })} />
          ) : (
            <Alert type="success" showIcon title={t('sources.file.previewOk')} />
          )}
          <Table
            size="small"
            bordered
            scroll={{ x: true }}
            pagination={false}
            rowKey="row"
            aria-label={t('sources.file.step.preview')}
            dataSource={preview.preview}
            columns={[
              { title: t('sources.file.row'), dataIndex: 'row', width: 60, fixed: 'left' },
              ...mapped.map((field) => ({
                title: FIELD_LABELS[field],
                key: field,
                render: (_: unknown, r: SamplePreview['preview'][number]) => {
                  const problem = r.problems.find((p) => p.column === field);
                  const value = r.values[field] ?? '';
                  return problem ? (
                    <Tooltip title={problem.message}>
                      <Typography.Text type="danger" data-problem={`${r.row}:${field}`}>
                        {value || '∅'} ⚠
                      </Typography.Text>
                    </Tooltip>
                  ) : (
                    <span style={{ whiteSpace: 'nowrap' }}>{value}</span>
                  );
                },
              })),
            ]}
          />
          {errors.length > 0 && (
            <ul>
              {errors.flatMap((r) =>
                r.problems.map((p) => <li key={`${r.row}-${p.field}-${p.message}`}>{`${t('sources.file.row')} ${r.row}, ${p.field ?? ''}: ${p.message}`}</li>),
              )}
            </ul>
          )}
          <Space>
            <Button onClick={() => setStep(2)}>{t('sources.back')}</Button>
            <Button type="primary" loading={busy} onClick={() => void save()}>
              {t('sources.form.save')}
            </Button>
          </Space>
        </Space>
      )}
    </Card>
  );
}
