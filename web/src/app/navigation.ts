import type { StaffRole } from '../gql/graphql';

// Where each staff role finds its work: the shell's main navigation, in this order.
export type NavigationKey =
  'projects' | 'workshops' | 'strategies' | 'indicators' | 'organisations' | 'accounts' | 'auditLog';

export interface NavigationItem {
  key: NavigationKey;
  href: string;
}

const item = {
  projects: { key: 'projects', href: '/' },
  workshops: { key: 'workshops', href: '/workshops' },
  strategies: { key: 'strategies', href: '/strategies' },
  indicators: { key: 'indicators', href: '/indicators' },
  organisations: { key: 'organisations', href: '/admin/organisations' },
  accounts: { key: 'accounts', href: '/admin/accounts' },
  auditLog: { key: 'auditLog', href: '/admin/audit-log' },
} satisfies Record<NavigationKey, NavigationItem>;

export const navigationByRole: Record<StaffRole, NavigationItem[]> = {
  FACILITATOR: [item.projects, item.workshops],
  REVIEWER: [item.projects, item.strategies],
  EVALUATOR: [item.indicators, item.projects],
  ADMINISTRATOR: [item.projects, item.organisations, item.accounts, item.auditLog],
  // A volunteer translator works in one project; its translation queue is reached from there.
  TRANSLATOR: [item.projects],
};

// The item a path belongs to: the projects page for '/' and project pages, the longest match otherwise.
export function currentNavigationKey(items: NavigationItem[], pathname: string): NavigationKey | undefined {
  let best: NavigationItem | undefined;
  for (const candidate of items) {
    const matches =
      candidate.href === '/'
        ? pathname === '/' || pathname.startsWith('/projects/')
        : pathname === candidate.href || pathname.startsWith(`${candidate.href}/`);
    if (matches && (!best || candidate.href.length > best.href.length)) best = candidate;
  }
  return best?.key;
}

// Only a path of this app may follow a sign-in: never another site ("//evil.example" or "/\evil.example").
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

export function signInPath(next?: string): string {
  const target = safeNextPath(next);
  return target === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(target)}`;
}
