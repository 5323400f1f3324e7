import { createContext, useContext, type ReactNode } from 'react';
import type { Catalog } from '../i18n/core';

/** A page of a feature and, optionally, its menu entry. */
export interface FeatureRoute {
  path: string;
  element: ReactNode;
  /** Permission (server action) needed to see the page; the server checks again on every call. */
  permission?: string;
  menu?: { key: string; label: string; icon?: ReactNode; group?: string; order?: number };
}

/** What a feature plugs into the shell: its pages, menu entries and messages. */
export interface WebFeature {
  name: string;
  catalog?: Catalog;
  routes: FeatureRoute[];
  /**
   * Pages for citizens without an account, under /cong-khai/… (the public site): rendered
   * outside the staff shell, with no login. They call only public API routes.
   */
  publicRoutes?: Array<{ path: string; element: ReactNode }>;
  /** Menu groups this feature defines: key → i18n label and icon. */
  groups?: Array<{ key: string; label: string; icon?: ReactNode; order: number }>;
}

/**
 * Every feature's staff pages, given by the shell (app/StaffApp.tsx), for pages that list other
 * features' sections (the home page) without importing the registry that imports them.
 */
export const FeatureRoutesContext = createContext<FeatureRoute[]>([]);

/** The staff pages of all features, as the shell registered them. */
export const useFeatureRoutes = (): FeatureRoute[] => useContext(FeatureRoutesContext);
