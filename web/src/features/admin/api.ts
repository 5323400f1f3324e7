// Queries of the administration pages (units, accounts, audit log); the unit picker's query is shared (shared/use-org-units).
import { useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '../../../../contracts/audit';
import type { User } from '../../../../contracts/users';
import { get, qs } from '../../api/client';

type Filter = Record<string, string | number | undefined>;

export const useUsers = (filter: Filter) => useQuery({ queryKey: ['users', filter], queryFn: () => get<User[]>(`/api/users${qs(filter)}`) });

export const useAuditLog = (filter: Filter) =>
  useQuery({ queryKey: ['audit', filter], queryFn: () => get<{ total: number; items: AuditEntry[] }>(`/api/audit${qs(filter)}`) });
