// Queries and calls of importing a framework from a decision's appendix; reply types from contracts/framework-imports.
import { useQuery } from '@tanstack/react-query';
import type {
  CompareReply,
  FrameworkImportDetail,
  FrameworkImportSummary,
  PublishImportRequest,
  StartImportRequest,
} from '../../../../contracts/framework-imports';
import type { FrameworkDetail } from '../../../../contracts/frameworks';
import { get, post, put } from '../../api/client';

export const useImports = () => useQuery({ queryKey: ['framework-imports'], queryFn: () => get<FrameworkImportSummary[]>('/api/framework-imports') });
export const useImport = (id: number) =>
  useQuery({ queryKey: ['framework-import', id], queryFn: () => get<FrameworkImportDetail>(`/api/framework-imports/${id}`) });
export const useCompare = (code: string | undefined, from: number | undefined, to: number | undefined) =>
  useQuery({
    queryKey: ['framework-compare', code, from, to],
    enabled: Boolean(code && from && to),
    queryFn: () => get<CompareReply>(`/api/frameworks/${code}/compare?from=${from}&to=${to}`),
  });

export const importCalls = {
  start: (body: StartImportRequest) => post<FrameworkImportDetail>('/api/framework-imports', body),
  save: (id: number, document: unknown) => put<FrameworkImportDetail>(`/api/framework-imports/${id}`, { document }),
  publish: (id: number, body: PublishImportRequest) => post<FrameworkDetail>(`/api/framework-imports/${id}/publish`, body),
};

/** A file's bytes as base64, for the JSON upload of an appendix. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
