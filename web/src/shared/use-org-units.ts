import { useQuery } from '@tanstack/react-query';
import type { OrgUnit } from '../../../contracts/org-units';
import { get } from '../api/client';

/** All units, flat, as they are today (or as they stood on a date); most pages need them for pickers and names. */
export function useOrgUnits(on?: string) {
  return useQuery({ queryKey: ['org-units', on ?? 'today'], queryFn: () => get<OrgUnit[]>(`/api/org-units${on ? `?on=${on}` : ''}`), staleTime: 5 * 60_000 });
}

export interface UnitTreeNode {
  value: number;
  title: string;
  key: number;
  unit: OrgUnit;
  children: UnitTreeNode[];
}

/** True for a unit that ended (merged, split, dissolved): kept for history, never offered in pickers. */
export const hasEnded = (u: OrgUnit): boolean => u.validTo !== null && !u.active;

// Siblings in the order people look for them: divisions, the service centre, wards, then schools and centres.
const TYPE_ORDER: Record<OrgUnit['type'], number> = { department: 0, division: 1, service_center: 2, district_office: 3, commune: 4, center: 5, school: 6 };
const bySiblingOrder = (a: UnitTreeNode, b: UnitTreeNode) => TYPE_ORDER[a.unit.type] - TYPE_ORDER[b.unit.type] || a.unit.name.localeCompare(b.unit.name, 'vi');

/** Nests the flat list into a tree for Tree and TreeSelect; ended units are left out unless asked for. */
export function toUnitTree(units: OrgUnit[], opts: { includeEnded?: boolean } = {}): UnitTreeNode[] {
  const shown = opts.includeEnded ? units : units.filter((u) => !hasEnded(u));
  const nodes = new Map<number, UnitTreeNode>();
  for (const u of shown) nodes.set(u.id, { value: u.id, key: u.id, title: u.name, unit: u, children: [] });
  const roots: UnitTreeNode[] = [];
  for (const u of shown) {
    const node = nodes.get(u.id)!;
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  for (const node of nodes.values()) node.children.sort(bySiblingOrder);
  return roots.sort(bySiblingOrder);
}
