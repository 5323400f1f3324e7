import { useQuery } from '@tanstack/react-query';
import type { OrgUnit } from '../../../contracts/org-units';
import { get } from '../api/client';

/** All units, flat; most pages need them for pickers and names. */
export function useOrgUnits() {
  return useQuery({ queryKey: ['org-units'], queryFn: () => get<OrgUnit[]>('/api/org-units'), staleTime: 5 * 60_000 });
}

export interface UnitTreeNode {
  value: number;
  title: string;
  key: number;
  unit: OrgUnit;
  children: UnitTreeNode[];
}

/** Nests the flat list into a tree for Tree and TreeSelect. */
export function toUnitTree(units: OrgUnit[]): UnitTreeNode[] {
  const nodes = new Map<number, UnitTreeNode>();
  for (const u of units) nodes.set(u.id, { value: u.id, key: u.id, title: u.name, unit: u, children: [] });
  const roots: UnitTreeNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.id)!;
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
