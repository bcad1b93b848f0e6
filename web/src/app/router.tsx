import type { ReactNode } from 'react';
import { parse } from 'regexparam';
import {
  Link,
  Redirect,
  Route,
  Router,
  Switch,
  matchRoute,
  useLocation,
  useParams,
  useSearch,
  useSearchParams,
} from 'wouter';

// The app's routes and links, on wouter: 2.5 KiB of gzip on every page, where React Router took 13.1 (issue 11's
// budget for a participant's phone). Paths are matched in the order a <Switch> lists them, the first that fits wins:
// a fixed segment goes before a parameter in the same place (`projects/new` before `projects/:projectId`). Links and
// redirects name absolute paths; no route nests a router of its own, so `/x` is `/x` everywhere.
export { Link, Redirect, Route, Switch, useParams, useSearchParams };

// The page's path, and its query with its `?` ('' without one): what a link back to this page is made of.
export function useUrl(): { pathname: string; search: string } {
  const [pathname] = useLocation();
  const search = useSearch();
  return { pathname, search: search ? `?${search}` : '' };
}

export type Navigate = (to: string, options?: { replace?: boolean }) => void;

// Goes to another page of the app, as a link would (`replace` takes the place of this one in the history).
export function useNavigate(): Navigate {
  return useLocation()[1];
}

// The parameters of a pattern (`/s/:sessionId`, `/join/:code?`) when a path fits it: for code that runs outside a
// route, such as the server's rendering and what a page starts before React renders.
export function matchPath(pattern: string, pathname: string): { params: Record<string, string | undefined> } | null {
  const [matches, params] = matchRoute(parse, pattern, pathname);
  return matches ? { params: params ?? {} } : null;
}

// The router of the browser's address bar (the app's two entries), and of a fixed address (the server's rendering;
// tests keep theirs in memory: test/memoryRouter.tsx).
export function BrowserRouter({ children }: { children: ReactNode }) {
  return <Router>{children}</Router>;
}

export function StaticRouter({ url, children }: { url: string; children: ReactNode }) {
  return <Router ssrPath={url}>{children}</Router>;
}
