import { lazy, type ComponentType } from 'react';

/**
 * A page loaded on first visit: feature.tsx files declare their pages with it, so the first load
 * (and every citizen's page) carries no staff page, Ant Design component or chart it does not show.
 */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return <Page />;
}
