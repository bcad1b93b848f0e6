import { useCallback, useMemo, type ReactNode } from 'react';
import { parse } from 'regexparam';
import { Link, Redirect, Route, Router, Switch, matchRoute, useLocation, useParams, useRouter } from 'wouter';

// The app's routes and links, on wouter: 2.5 KiB of gzip on every page, where React Router took 13.1 (issue 11's
// budget for a participant's phone). Paths are matched in the order a <Switch> lists them, the first that fits wins:
// a fixed segment goes before a parameter in the same place (`projects/new` before `projects/:projectId`). Links and
// redirects name absolute paths; no route nests a router of its own, so `/x` is `/x` everywhere.
export { Link, Redirect, Route, Switch, useParams };

// The query as the address bar has it, without its `?`. Not wouter's `useSearch`, which decodes it first (decodeURI):
// a query read again by URLSearchParams would be decoded twice, and a search for "%41" would become one for "A".
function useQuery(): string {
  const router = useRouter();
  const search = router.searchHook(router);
  return search.startsWith('?') ? search.slice(1) : search;
}

// The page's path, and its query with its `?` ('' without one): what a link back to this page is made of.
export function useUrl(): { pathname: string; search: string } {
  const [pathname] = useLocation();
  const query = useQuery();
  return { pathname, search: query ? `?${query}` : '' };
}

type SetSearchParams = (
  next: URLSearchParams | ((current: URLSearchParams) => URLSearchParams),
  options?: NavigateOptions,
) => void;

// The page's query as URLSearchParams, and a way to go to the same page with another query.
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const [pathname, navigate] = useLocation();
  const query = useQuery();
  const params = useMemo(() => new URLSearchParams(query), [query]);
  const set = useCallback<SetSearchParams>(
    (next, options) => {
      const value = (typeof next === 'function' ? next(new URLSearchParams(query)) : next).toString();
      navigate(value ? `${pathname}?${value}` : pathname, options);
    },
    [navigate, pathname, query],
  );
  return [params, set];
}

// `replace` takes the place of this page in the history instead of adding one.
export interface NavigateOptions {
  replace?: boolean;
}

export type Navigate = (to: string, options?: NavigateOptions) => void;

// Goes to another page of the app, as a link would.
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
