import { Alert, Button, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/core';

/** Loading, error (with retry) and empty states for a query, so every list shows them the same way. */
export function QueryState(props: { isLoading: boolean; error: unknown; isEmpty?: boolean; onRetry?: () => void; children: ReactNode }) {
  const t = useT();
  if (props.isLoading) return <Spin tip={t('common.loading')} style={{ display: 'block', margin: 32 }} />;
  if (props.error) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.error')}
        description={props.error instanceof Error ? props.error.message : String(props.error)}
        action={props.onRetry && <Button onClick={props.onRetry}>{t('common.retry')}</Button>}
      />
    );
  }
  if (props.isEmpty) return <Empty description={t('common.empty')} />;
  return <>{props.children}</>;
}
