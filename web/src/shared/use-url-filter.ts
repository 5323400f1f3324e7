import { useSearchParams } from 'react-router-dom';

/**
 * A list's filters kept in the URL, so a filtered list can be reloaded, bookmarked and sent on: `filter` holds the
 * named keys (undefined when absent) and the page (1 when absent); change them with `setFilter(patch)`. An empty value removes its key, and any change but the page's
 * goes back to the first page; `resetFilter()` clears them all. The history is replaced, not pushed, so Back leaves the list.
 */
export function useUrlFilter<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const filter = {
    ...(Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<K, string | undefined>),
    page: Number(params.get('page') ?? 1),
  };
  const setFilter = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };
  const resetFilter = () => setParams(new URLSearchParams(), { replace: true });
  /** A table's rows and pagination (50 a page) from a paged reply, the page kept in the URL: `<Table {...paged(reply)} />`. */
  const paged = <T>(reply: { items: T[]; total: number } | undefined) => ({
    dataSource: reply?.items,
    pagination: { current: filter.page, pageSize: 50, total: reply?.total, onChange: (p: number) => setFilter({ page: String(p) }) },
  });
  return { filter, setFilter, resetFilter, paged };
}
