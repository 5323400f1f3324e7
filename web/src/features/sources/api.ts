import { useQuery } from '@tanstack/react-query';
import type { Reconciliation } from '../../../../contracts/source-reconcile';
import type { RunDetail, SourceRun, SourceView } from '../../../../contracts/sources';
import { get, qs } from '../../api/client';

// While a run is queued or in progress the pages poll, so progress and the result show up without a reload.
const POLL_MS = 2000;
const busy = (s: SourceView) => s.activeRun !== null;

export function useSources() {
  return useQuery({
    queryKey: ['sources'],
    queryFn: () => get<{ items: SourceView[] }>('/api/sources'),
    refetchInterval: (q) => (q.state.data?.items.some(busy) ? POLL_MS : false),
  });
}

export function useSource(id: number) {
  return useQuery({
    queryKey: ['sources', id],
    queryFn: () => get<SourceView>(`/api/sources/${id}`),
    refetchInterval: (q) => (q.state.data && busy(q.state.data) ? POLL_MS : false),
  });
}

export function useRuns(id: number, polling: boolean) {
  return useQuery({
    queryKey: ['sources', id, 'runs'],
    queryFn: () => get<{ items: SourceRun[] }>(`/api/sources/${id}/runs`),
    // Until its own list shows the run finished too: the source may report it done before this list's last poll.
    refetchInterval: (q) => (polling || q.state.data?.items.some((r) => r.status === 'queued' || r.status === 'running') ? POLL_MS : false),
  });
}

export function useRun(id: number, runId: number | null) {
  return useQuery({ queryKey: ['sources', id, 'runs', runId], queryFn: () => get<RunDetail>(`/api/sources/${id}/runs/${runId}`), enabled: runId !== null });
}

export function useReconciliation(id: number, month: string | undefined) {
  return useQuery({
    queryKey: ['sources', id, 'reconciliation', month ?? null],
    queryFn: () => get<Reconciliation>(`/api/sources/${id}/reconciliation${qs({ month })}`),
  });
}
