import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { relayStylePagination } from '@apollo/client/utilities';

// Every list in the API is a cursor connection (edges, pageInfo, totalCount): pages of the same
// list merge into one, whatever `first`/`after` asked for. A board's lists with and without what a facilitator hid
// are different lists (`includeHidden`); live events keep each of them right (app/live/boardCache.ts).
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          projects: relayStylePagination(),
          organisations: relayStylePagination(),
          accounts: relayStylePagination(),
          // Each filter is its own list.
          auditLog: relayStylePagination(['filter']),
          // The reviewer's inbox: one list per filter and order.
          strategyInbox: relayStylePagination(['filter', 'order']),
          // A translator's queue: one list per project and target language.
          translationQueue: relayStylePagination(['projectId', 'language']),
        },
      },
      // Who is signed in has no id of its own: one object, replaced field by field when it changes.
      Viewer: { merge: true },
      Project: { fields: { sessions: relayStylePagination() } },
      Session: { fields: { challenges: relayStylePagination(['includeHidden', 'includeCarried']) } },
      Challenge: { fields: { ideas: relayStylePagination(['includeHidden']) } },
      VotingRound: {
        fields: {
          // A round that a live event brought (one that just opened) has no dots of this participant yet.
          dotsUsedBy: { read: (existing: number | undefined) => existing ?? 0 },
        },
      },
    },
  });
}

export function createApolloClient(options: { link?: ApolloLink; language: () => string }): ApolloClient {
  // The server words its errors for people; it answers in the reader's language where it can.
  const languageLink = new SetContextLink(({ headers }) => ({
    headers: { ...headers, 'accept-language': options.language() },
  }));
  return new ApolloClient({
    link: ApolloLink.from([languageLink, options.link ?? new HttpLink({ uri: '/graphql' })]),
    cache: createCache(),
  });
}
