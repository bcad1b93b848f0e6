import { StrictMode, startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { ApolloClient } from '@apollo/client';
import type { i18n as I18n } from 'i18next';
import { createApolloClient } from './apollo';
import { createI18n, type CatalogLoader } from './i18n';
import './theme/tokens.css';
import './theme/ethiopic.css';
import './theme/global.css';

// Gives the browser its main thread back for a moment (scheduler.yield where the browser has it): it can paint and
// answer a tap in between, instead of holding a slow phone for the whole of a long step at once.
export const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

// What both entries do first (the whole app, src/main.tsx, and the participant's phone, src/participant.tsx): speak
// the reader's language, talk to the API in it, and render into #root.
export async function boot(options: {
  catalogs: CatalogLoader;
  // The namespaces the first page needs, fetched with the app's own.
  namespaces?: readonly string[];
  // What the first page asks the server for at once, while the app's strings and the page's code still load.
  start?: (client: ApolloClient) => void;
  render: (context: { client: ApolloClient; i18n: I18n }) => ReactNode;
}): Promise<void> {
  // The steps of a start in tasks of their own, each well under what a slow phone counts as blocking: the modules'
  // evaluation, the client and strings, then React taking the page over (itself sliced, see below).
  await yieldToMain();
  let i18n: I18n | undefined;
  // Until the strings are in, the server hears the page's language.
  const client = createApolloClient({
    language: () => i18n?.resolvedLanguage ?? i18n?.language ?? document.documentElement.lang,
  });
  // A page the server rendered from Apollo's cache brings that cache along (server/src/core/http/prerendered-page.ts):
  // the app starts from what the HTML shows, rather than ask for it again.
  const cached = document.getElementById('server-cache')?.textContent;
  if (cached) client.cache.restore(JSON.parse(cached) as ReturnType<typeof client.cache.extract>);
  options.start?.(client);
  i18n = await createI18n({ catalogs: options.catalogs, namespaces: options.namespaces ?? [] });
  await yieldToMain();
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  const app = <StrictMode>{options.render({ client, i18n })}</StrictMode>;
  // A page the server rendered for this entry (the join page, the landing page: src/ssr/entry.tsx) in the language
  // the app speaks now is taken over as it stands: React attaches to its HTML instead of drawing it again. In another
  // language (a choice remembered on this phone) the app draws its own. Either way as a transition: React renders (or
  // attaches) in slices of a few milliseconds and lets the browser paint and answer in between, instead of holding a
  // slow phone's main thread for the whole first page at once.
  if (root.dataset['rendered'] === 'server' && root.dataset['language'] === (i18n.resolvedLanguage ?? i18n.language)) {
    startTransition(() => {
      hydrateRoot(root, app);
    });
    return;
  }
  const reactRoot = createRoot(root);
  startTransition(() => reactRoot.render(app));
}
