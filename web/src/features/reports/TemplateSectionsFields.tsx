import { DeleteOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select } from 'antd';
import type { CSSProperties } from 'react';
import { useT } from '../../i18n/core';

export interface MetricOption {
  value: string;
  label: string;
}

const ROW: CSSProperties = { display: 'grid', gridTemplateColumns: '130px 1fr 100px 150px 220px 150px 32px', gap: 8, alignItems: 'start' };
const AGGREGATES = ['sum', 'mean', 'min', 'max', 'count'] as const;

/** Sections (text the unit writes) each with its indicator table; a system indicator picks a registered metric. */
export function TemplateSectionsFields({ metrics }: { metrics: MetricOption[] }) {
  const t = useT();
  const required = [{ required: true, message: t('tpl.required') }];
  return (
    <Form.List name="sections">
      {(sections, { add: addSection, remove: removeSection }) => (
        <>
          {sections.map(({ key, name: si }, n) => (
            <Card
              key={key}
              size="small"
              style={{ marginBottom: 12 }}
              title={t('tpl.section', { n: n + 1 })}
              extra={
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => removeSection(si)}>
                  {t('tpl.removeSection')}
                </Button>
              }
            >
              <div style={{ display: 'grid', gridTemplateColumns: '130px 1fr', gap: 8 }}>
                <Form.Item name={[si, 'key']} label={t('tpl.sectionKey')} rules={required}>
                  <Input />
                </Form.Item>
                <Form.Item name={[si, 'title']} label={t('tpl.sectionTitle')} rules={required}>
                  <Input />
                </Form.Item>
              </div>
              <Form.List name={[si, 'indicators']}>
                {(rows, { add, remove }) => (
                  <>
                    {rows.length > 0 && (
                      <div style={{ ...ROW, fontWeight: 500, marginBottom: 4 }}>
                        <span>{t('tpl.key')}</span>
                        <span>{t('tpl.label')}</span>
                        <span>{t('tpl.unit')}</span>
                        <span>{t('tpl.source')}</span>
                        <span>{t('tpl.metric')}</span>
                        <span>{t('tpl.aggregate')}</span>
                        <span />
                      </div>
                    )}
                    {rows.map(({ key: rk, name: ii }) => (
                      <div key={rk} style={ROW}>
                        <Form.Item name={[ii, 'key']} rules={required}>
                          <Input aria-label={t('tpl.key')} />
                        </Form.Item>
                        <Form.Item name={[ii, 'label']} rules={required}>
                          <Input aria-label={t('tpl.label')} />
                        </Form.Item>
                        <Form.Item name={[ii, 'unit']}>
                          <Input aria-label={t('tpl.unit')} />
                        </Form.Item>
                        <Form.Item name={[ii, 'source']}>
                          <Select
                            aria-label={t('tpl.source')}
                            options={[
                              { value: 'manual', label: t('tpl.src.manual') },
                              { value: 'metric', label: t('tpl.src.metric') },
                            ]}
                          />
                        </Form.Item>
                        {/* The metric list only matters for system indicators; typed ones leave it empty. */}
                        <Form.Item noStyle shouldUpdate>
                          {({ getFieldValue }) =>
                            getFieldValue(['sections', si, 'indicators', ii, 'source']) === 'metric' ? (
                              <Form.Item name={[ii, 'metricKey']}>
                                <Select aria-label={t('tpl.metric')} showSearch optionFilterProp="label" options={metrics} popupMatchSelectWidth={false} />
                              </Form.Item>
                            ) : (
                              <span />
                            )
                          }
                        </Form.Item>
                        <Form.Item name={[ii, 'aggregate']}>
                          <Select aria-label={t('tpl.aggregate')} options={AGGREGATES.map((a) => ({ value: a, label: t(`tpl.agg.${a}`) }))} />
                        </Form.Item>
                        <Button type="text" icon={<MinusCircleOutlined />} aria-label="remove" onClick={() => remove(ii)} />
                      </div>
                    ))}
                    <Button size="small" icon={<PlusOutlined />} onClick={() => add({ key: '', label: '', unit: '', source: 'manual', aggregate: 'sum' })}>
                      {t('tpl.addIndicator')}
                    </Button>
                  </>
                )}
              </Form.List>
            </Card>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => addSection({ key: '', title: '', indicators: [] })}>
            {t('tpl.addSection')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
