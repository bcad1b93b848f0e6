import type { StaffRole } from '../gql/graphql';

// Where each staff role finds its work: the shell's main navigation, in this order.
export type NavigationKey =
  | 'projects'
  | 'workshops'
  | 'methods'
  | 'translations'
  | 'strategies'
  | 'indicators'
  | 'organisations'
  | 'accounts'
  | 'auditLog';

export interface NavigationItem {
  key: NavigationKey;
  href: string;
  // Pages elsewhere that belong to this item (a project's translations belong to "Translations", not "Projects").
  owns?: RegExp;
}

const item = {
  projects: { key: 'projects', href: '/' },
  workshops: { key: 'workshops', href: '/workshops' },
  methods: { key: 'methods', href: '/methods' },
  translations: { key: 'translations', href: '/translations', owns: /^\/projects\/[^/]+\/translations(\/|$)/ },
  strategies: { key: 'strategies', href: '/strategies' },
  indicators: { key: 'indicators', href: '/indicators' },
  organisations: { key: 'organisations', href: '/admin/organisations' },
  accounts: { key: 'accounts', href: '/admin/accounts' },
  auditLog: { key: 'auditLog', href: '/admin/audit-log' },
} satisfies Record<NavigationKey, NavigationItem>;

export const navigationByRole: Record<StaffRole, NavigationItem[]> = {
  FACILITATOR: [item.projects, item.workshops, item.methods, item.translations],
  REVIEWER: [item.projects, item.strategies],
  EVALUATOR: [item.indicators, item.projects, item.methods],
  ADMINISTRATOR: [item.projects, item.translations, item.organisations, item.accounts, item.auditLog],
  // A volunteer translator works in one project: "Translations" opens its queue.
  TRANSLATOR: [item.translations, item.projects],
};

// The item a path belongs to: the item that owns it, the projects page for '/' and project pages, the longest match
// otherwise.
export function currentNavigationKey(items: NavigationItem[], pathname: string): NavigationKey | undefined {
  const owner = items.find((candidate) => candidate.owns?.test(pathname));
  if (owner) return owner.key;
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
