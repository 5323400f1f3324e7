import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../../contracts/auth';
import { ApiError, get, post } from '../api/client';

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery<Me | null>({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await get<Me>('/api/auth/me');
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

/** Logs out and forgets every cached query. */
export function useLogout() {
  const qc = useQueryClient();
  return async () => {
    await post('/api/auth/logout').catch(() => undefined);
    qc.clear();
    qc.setQueryData(['me'], null);
  };
}

/** True when the user's role has the action. */
export function hasPermission(me: Me | null | undefined, action: string | undefined): boolean {
  if (!action) return true;
  return Boolean(me?.permissions.includes(action));
}
