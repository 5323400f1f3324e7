import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../i18n/core';

/** Shown when the user opens a page their role may not see. */
export function Forbidden() {
  const t = useT();
  return (
    <Result
      status="403"
      title={t('forbidden.title')}
      subTitle={t('forbidden.text')}
      extra={
        <Link to="/">
          <Button type="primary">{t('forbidden.back')}</Button>
        </Link>
      }
    />
  );
}
