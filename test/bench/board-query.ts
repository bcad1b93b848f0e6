// The participant's board as the phone asks for it: `ParticipantSession` from web/src/features/participant (with its
// fragments BoardChallenge_challenge, PhaseBanner_session and ParticipantBoard_session written out, in the order the
// generated document holds them), and the `__typename` that Apollo Client adds to every selection set but the
// operation's own. Kept here as text, so that a change to the web app's query is a deliberate change to the benchmark;
// `differenceFromWebApp` (checked by bench/board-query.test.ts and before every run of bench/board.ts) says when the
// two have drifted apart.
import { Kind, parse, print, visit, type DocumentNode, type FieldNode } from 'graphql';
import {
  CockpitEventsDocument,
  ParticipantSessionDocument,
  ParticipantCastVoteDocument,
  ParticipantCreateIdeaDocument,
  ParticipantSessionEventsDocument,
  ProjectorEventsDocument,
} from '../../web/src/gql/graphql.js';

export const PARTICIPANT_SESSION = `query ParticipantSession($id: ID!, $participantId: ID!) {
  session(id: $id) {
    id
    title
    status
    currentPhase { id kind questionnaireWave __typename }
    openVotingRound { id title target dotsPerParticipant dotsUsedBy(participantId: $participantId) __typename }
    ...PhaseBanner_session
    ...ParticipantBoard_session
    __typename
  }
}
fragment BoardChallenge_challenge on Challenge {
  id
  origin { sessionId sessionTitle betweenSessions __typename }
  text
  language
  translations { language text __typename }
  dotCount
  ideas(first: 100) {
    totalCount
    edges { node { id text language translations { language text __typename } dotCount __typename } __typename }
    __typename
  }
  __typename
}
fragment PhaseBanner_session on Session {
  status
  agenda { id position __typename }
  currentPhase { id kind title endsAt __typename }
  __typename
}
fragment ParticipantBoard_session on Session {
  id
  themes(includeCarried: true) { id position title origin { sessionId sessionTitle betweenSessions __typename } __typename }
  challenges(first: 200, includeCarried: true) {
    totalCount
    edges { node { id createdAt theme { id __typename } ...BoardChallenge_challenge __typename } __typename }
    __typename
  }
  __typename
}`;

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

// What Apollo Client 4's `addTypenameToDocument` does (@apollo/client/utilities/graphql/transform.js): `__typename`
// at the end of every selection set, except the operation's own and those that have it (or an introspection field).
export function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))) return undefined;
      return { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

// The web app's generated `ParticipantSession` (web/src/gql), as Apollo Client sends it.
export const phoneQuery = (): string => print(withTypename(ParticipantSessionDocument));

// The phone's subscription to its session's events (`ParticipantSessionEvents`, web/src/app/live), as Apollo Client
// sends it, with `extra` scalar fields of the event added (what a benchmark keys its changes by).
export function phoneEvents(extra: readonly string[] = []): string {
  const withExtra = visit(withTypename(ParticipantSessionEventsDocument), {
    Field(node) {
      if (node.name.value !== 'sessionEvents' || !node.selectionSet) return undefined;
      const fields: FieldNode[] = extra.map((name) => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name } }));
      return {
        ...node,
        selectionSet: { ...node.selectionSet, selections: [...fields, ...node.selectionSet.selections] },
      };
    },
  });
  return print(withExtra);
}

// What a phone sends for a new idea and a dot (`ParticipantCreateIdea`, `ParticipantCastVote`, from its outbox in
// web/src/features/participant/useOutbox.ts), as Apollo Client sends them: each answer brings back what the phone
// shows at once (the idea with its challenge's card, the dot with the counts it moves).
export const phoneMutations = (): { idea: string; vote: string } => ({
  idea: print(withTypename(ParticipantCreateIdeaDocument)),
  vote: print(withTypename(ParticipantCastVoteDocument)),
});

// The facilitator's screens' subscriptions to the same events, as Apollo Client sends them: the projector's and the
// cockpit's (web/src/features/session).
export const screenEvents = (): { projector: string; cockpit: string } => ({
  projector: print(withTypename(ProjectorEventsDocument)),
  cockpit: print(withTypename(CockpitEventsDocument)),
});

// Why the benchmark's query is not the phone's, or undefined when they are the same document.
export function differenceFromWebApp(benchQuery = PARTICIPANT_SESSION, phone = phoneQuery()): string | undefined {
  const phoneLines = phone.split('\n');
  const benchLines = print(parse(benchQuery)).split('\n');
  const at = phoneLines.findIndex((line, i) => line !== benchLines[i]);
  if (at === -1 && phoneLines.length === benchLines.length) return undefined;
  const line = at === -1 ? phoneLines.length : at;
  const around = (lines: string[]) =>
    lines
      .slice(Math.max(0, line - 3), line + 4)
      .map((text, i) => `${Math.max(0, line - 3) + i + 1 === line + 1 ? '>' : ' '} ${text}`)
      .join('\n');
  return (
    `test/bench/board-query.ts no longer holds the query the phone sends (web/src/gql, ParticipantSession). ` +
    `Printed, they differ at line ${line + 1}:\n` +
    `phone (web app):\n${around(phoneLines)}\nbenchmark:\n${around(benchLines)}\n` +
    `Copy the phone's query into PARTICIPANT_SESSION and make bench/bare-server.ts answer it the same.`
  );
}
