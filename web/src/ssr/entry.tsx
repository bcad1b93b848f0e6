// The server's rendering of the public outcome pages (`/outcomes/…`), built by `vite build --ssr` into dist-ssr/
// and loaded by the API server at run time, like the static files: the web never imports the server, the server
// never imports the web's sources. The server runs the query this module names against its own schema, as an
// anonymous reader, and this module renders the same React components the app shows from that answer. The HTML
// then reads without JavaScript, in a link preview and on a slow phone; the app replaces it when it has loaded.
import type { ReactNode } from 'react';
import { ApolloClient, ApolloLink, type Unmasked } from '@apollo/client';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { ApolloProvider } from '@apollo/client/react';
import { print } from 'graphql';
import { createInstance, type Resource } from 'i18next';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { I18nProvider } from 'react-aria-components';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { matchPath, Route, StaticRouter, Switch } from '../app/router';
import { createCache } from '../app/apollo';
import { App } from '../app/App';
import { ParticipantApp } from '../app/ParticipantApp';
import { viewerQuery } from '../app/viewer';
import { sessionEventCursorQuery } from '../app/live/earlyCursor';
import { participantViewerQuery } from '../features/participant/participantViewer';
import { participantSessionQuery } from '../features/participant/useParticipantSession';
import { languages, namespaces, type LanguageCode } from '../app/i18n';
import type {
  ParticipantSessionQuery,
  ParticipantViewerQuery,
  PublicProjectQuery,
  SessionEventCursorQuery,
} from '../gql/graphql';
import { OutcomesLayout } from '../features/outcome/OutcomesLayout';
import { ProjectOutcomesPage } from '../features/outcome/ProjectOutcomesPage';
import { PublicNotFound } from '../features/outcome/PublicNotFound';
import { publicProjectQuery } from '../features/outcome/publicProjectQuery';
import { SessionOutcomesPage } from '../features/outcome/SessionOutcomesPage';

// Every language's strings, bundled: a server render never waits for a file.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json', { eager: true });
const resources: Resource = {};
for (const [file, module] of Object.entries(files)) {
  const [, language, namespace] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(file) ?? [];
  if (language && namespace) (resources[language] ??= {})[namespace] = module.default;
}

export const LANGUAGES: readonly string[] = languages.map((l) => l.code);

// The one document the public pages read (the project page and its session pages share it), with the type names
// the client's cache needs to match its fragments, as Apollo Client asks it over the network.
export const PUBLIC_PROJECT_QUERY = print(addTypenameToDocument(publicProjectQuery));

// Which project a path shows, or null when the server does not render it (it then sends the app as it is).
export function projectOf(pathname: string): { projectId: string; sessionId?: string } | null {
  const session = matchPath('/outcomes/:projectId/sessions/:sessionId', pathname);
  if (session?.params.projectId && session.params.sessionId)
    return { projectId: session.params.projectId, sessionId: session.params.sessionId };
  const project = matchPath('/outcomes/:projectId', pathname);
  if (project?.params.projectId && project.params.projectId !== 'mine') return { projectId: project.params.projectId };
  return null;
}

export interface Rendered {
  // The markup for <div id="root">.
  html: string;
  // What goes in <head>: the title, the description and the link preview's (Open Graph, Twitter) fields, as text.
  title: string;
  description: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  // False when the project (or the session) is not there for the public.
  found: boolean;
}

const clip = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

// `data` is the answer to PUBLIC_PROJECT_QUERY for the path's project, or null when there is none for the public.
// The strings of one language, ready at once (every catalog is bundled).
function i18nFor(lang: LanguageCode) {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    ns: [...namespaces],
    defaultNS: 'app',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return i18n;
}

const known = (language: string): LanguageCode => (LANGUAGES.includes(language) ? language : 'en');

// An entry's app (src/main.tsx, src/participant.tsx) as its first render draws it at `url`, as HTML: rendered to the
// end, with the code its pages load on demand, so that the app can take exactly this HTML over.
async function prerenderApp(
  url: string,
  app: (router: (routes: ReactNode) => ReactNode) => ReactNode,
): Promise<string> {
  // The HTML holds no script: a part that fails would go out as one that tells the app to draw it itself, so the
  // whole render fails instead (the server then sends the page without it); and a large part (a board) stays in its
  // place rather than being moved there by a script, as React does to show a long page progressively.
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    app((routes) => <StaticRouter url={url}>{routes}</StaticRouter>),
    {
      onError: (error) => void errors.push(error),
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  if (errors.length) throw errors[0];
  return new Response(prelude).text();
}

export function render(url: string, language: string, data: Unmasked<PublicProjectQuery> | null): Rendered {
  const lang = known(language);
  const i18n = i18nFor(lang);
  const pathname = url.split('?')[0] ?? url;
  const target = projectOf(pathname);
  const cache = createCache();
  if (target && data) cache.writeQuery({ query: publicProjectQuery, variables: { id: target.projectId }, data });
  // No link: everything the page shows is in the cache; a read that is not would stay empty, never leave the server.
  const client = new ApolloClient({ cache, link: ApolloLink.empty(), ssrMode: true });
  const html = renderToString(
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <I18nProvider locale={lang}>
          <StaticRouter url={url}>
            {/* Only a path `projectOf` names comes here: a session's page or its project's. */}
            <OutcomesLayout>
              {data ? (
                <Switch>
                  <Route path="/outcomes/:projectId/sessions/:sessionId">
                    <SessionOutcomesPage />
                  </Route>
                  <Route path="/outcomes/:projectId">
                    <ProjectOutcomesPage />
                  </Route>
                </Switch>
              ) : (
                <PublicNotFound />
              )}
            </OutcomesLayout>
          </StaticRouter>
        </I18nProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
  const project = data?.publicProject;
  const session = target?.sessionId ? project?.sessions.find((s) => s.id === target.sessionId) : undefined;
  const found = !!project && (!target?.sessionId || !!session);
  const t = i18n.getFixedT(lang, 'outcome');
  const title = !found
    ? t('missing.title')
    : session
      ? `${session.title} · ${project.title}`
      : `${project.title} · ${t('eyebrow')}`;
  const description = found ? clip(project.description || t('eyebrow')) : '';
  return { html, title, description, lang, dir: i18n.dir(lang), found };
}

// The participant's join page (`/join`, `/join/<code>`) as the phone's own entry (src/participant.tsx) first renders
// it, before it knows who the phone is: the same components in the same tree, so that the app takes the HTML over
// (hydrates it) instead of drawing the page again. A phone on hall Wi-Fi sees the first step as soon as the HTML
// arrives, before any script. Null for any other path. `language` is the reader's (the server picks it from
// Accept-Language); the client takes the HTML over only when it speaks the same.
export async function renderParticipantPage(
  url: string,
  language: string,
): Promise<Pick<Rendered, 'html' | 'title' | 'lang' | 'dir'> | null> {
  const pathname = url.split('?')[0] ?? url;
  if (!matchPath('/join/:code?', pathname)) return null;
  const lang = known(language);
  const i18n = i18nFor(lang);
  // No link: the page asks who the phone is when it runs; here that question stays open, as on the phone's first
  // render.
  const client = new ApolloClient({ cache: createCache(), link: ApolloLink.empty(), ssrMode: true });
  const html = await prerenderApp(url, (router) => <ParticipantApp client={client} i18n={i18n} router={router} />);
  const title = `${i18n.getFixedT(lang, 'join')('title')} · ${i18n.getFixedT(lang, 'app')('appName')}`;
  return { html, title, lang, dir: i18n.dir(lang) };
}

// `/` for a visitor who has not signed in (the server renders it only for a browser without a login cookie): the
// whole app's first render of the landing page, with the viewer in the cache as the API answers it for nobody. The
// cache goes into the page with the HTML; the app restores it and takes the HTML over (src/app/boot.tsx). Null for
// any other path.
export async function renderHomePage(
  url: string,
  language: string,
): Promise<(Pick<Rendered, 'html' | 'title' | 'lang' | 'dir'> & { cache: unknown }) | null> {
  const pathname = url.split('?')[0] ?? url;
  if (pathname !== '/') return null;
  const lang = known(language);
  const i18n = i18nFor(lang);
  const cache = createCache();
  cache.writeQuery({
    query: viewerQuery,
    data: {
      viewer: {
        __typename: 'Viewer',
        kind: 'ANONYMOUS',
        sessionId: null,
        account: null,
        participant: null,
      },
    },
  });
  const client = new ApolloClient({ cache, link: ApolloLink.empty(), ssrMode: true });
  const html = await prerenderApp(url, (router) => <App client={client} i18n={i18n} router={router} />);
  const t = i18n.getFixedT(lang, 'app');
  return { html, title: `${t('appName')} · ${t('tagline')}`, lang, dir: i18n.dir(lang), cache: cache.extract() };
}

// Asks the API, as the reader who asked for the page (their login), and answers the data; throws when the API refuses.
export type Execute = (query: string, variables?: Record<string, unknown>) => Promise<unknown>;

// The queries the session page asks, as the phone sends them (with Apollo's type names).
const asSent = (document: Parameters<typeof addTypenameToDocument>[0]) => print(addTypenameToDocument(document));
const SESSION_PAGE_QUERIES = {
  cursor: asSent(sessionEventCursorQuery),
  viewer: asSent(participantViewerQuery),
  session: asSent(participantSessionQuery),
};

// A participant's session page (`/s/<session>`) as the phone's entry first renders it once it knows who the phone is:
// the phase, the board and its ideas, with the cache they came from. The server asks through `execute` as the phone
// would (its login, the API's rules): first the session's event cursor, then who the phone is, then the board, so
// that the app follows the session's events from before the board was read and misses nothing (useLiveSession).
// Null when the page is not the reader's session (not joined, another session's phone): the app says so itself.
export async function renderSessionPage(
  url: string,
  language: string,
  execute: Execute,
): Promise<(Pick<Rendered, 'html' | 'title' | 'lang' | 'dir'> & { cache: unknown }) | null> {
  const pathname = url.split('?')[0] ?? url;
  const sessionId = matchPath('/s/:sessionId', pathname)?.params.sessionId;
  if (!sessionId) return null;
  // The cursor before the board (who the phone is can be asked beside it).
  const [cursor, viewer] = (await Promise.all([
    execute(SESSION_PAGE_QUERIES.cursor, { sessionId }),
    execute(SESSION_PAGE_QUERIES.viewer),
  ])) as [Unmasked<SessionEventCursorQuery>, Unmasked<ParticipantViewerQuery>];
  const participantId = viewer.viewer.participant?.id;
  if (viewer.viewer.kind !== 'PARTICIPANT' || viewer.viewer.sessionId !== sessionId || !participantId) return null;
  const variables = { id: sessionId, participantId };
  const session = (await execute(SESSION_PAGE_QUERIES.session, variables)) as Unmasked<ParticipantSessionQuery>;
  const lang = known(language);
  const i18n = i18nFor(lang);
  const cache = createCache();
  cache.writeQuery({ query: sessionEventCursorQuery, variables: { sessionId }, data: cursor });
  cache.writeQuery({ query: participantViewerQuery, data: viewer });
  cache.writeQuery({ query: participantSessionQuery, variables, data: session });
  const client = new ApolloClient({ cache, link: ApolloLink.empty(), ssrMode: true });
  const html = await prerenderApp(url, (router) => <ParticipantApp client={client} i18n={i18n} router={router} />);
  const title = `${i18n.getFixedT(lang, 'participant')('title')} · ${i18n.getFixedT(lang, 'app')('appName')}`;
  return { html, title, lang, dir: i18n.dir(lang), cache: cache.extract() };
}
