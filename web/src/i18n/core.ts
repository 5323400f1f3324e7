import { createContext, useContext } from 'react';

export type Lang = 'vi' | 'en';
export type Messages = Record<string, string>;
/** A feature's messages in both languages; English must have every Vietnamese key. */
export interface Catalog {
  vi: Messages;
  en: Messages;
}

export const LangContext = createContext<{ lang: Lang; setLang: (l: Lang) => void; messages: Messages }>({
  lang: 'vi',
  setLang: () => undefined,
  messages: {},
});

/** Returns t(key, vars): the message in the current language, with {name} placeholders filled. */
export function useT() {
  const { messages, lang } = useContext(LangContext);
  const t = (key: string, vars?: Record<string, string | number>) => {
    let text = messages[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
    return text;
  };
  return Object.assign(t, { lang });
}

export function useLang() {
  return useContext(LangContext);
}
