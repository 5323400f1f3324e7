import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useLang, useT } from '../i18n/core';

/** Switches between Vietnamese (default) and English. */
export function LangSwitch() {
  const { lang, setLang } = useLang();
  const t = useT();
  return (
    <Button size="small" icon={<GlobalOutlined />} onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')} data-testid="lang-switch">
      {t('lang.switch')}
    </Button>
  );
}
