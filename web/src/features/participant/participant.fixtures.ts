import type { Unmasked } from '@apollo/client/masking';
import type { MockLink } from '@apollo/client/testing';
import type {
  ParticipantCastVoteMutation,
  ParticipantSessionQuery,
  ParticipantViewerQuery,
  PhaseKind,
} from '../../gql/graphql';
import { participantViewerQuery } from './participantViewer';
import { participantSessionQuery } from './useParticipantSession';
import { castVoteMutation, createChallengeMutation } from './useOutbox';

// Answers the server would give a participant's phone, typed by the generated operation types.

export const SESSION_ID = 's-live';
export const PARTICIPANT_ID = 'p-me';

export function viewerMock(
  kind: 'PARTICIPANT' | 'ANONYMOUS' = 'PARTICIPANT',
): MockLink.MockedResponse<ParticipantViewerQuery> {
  return {
    request: { query: participantViewerQuery },
    result: {
      data: {
        viewer: {
          __typename: 'Viewer',
          kind,
          sessionId: kind === 'PARTICIPANT' ? SESSION_ID : null,
          participant:
            kind === 'PARTICIPANT'
              ? { __typename: 'Participant', id: PARTICIPANT_ID, pseudonym: 'Blue Heron 12' }
              : null,
        },
      },
    },
  };
}

const translation = (language: string, text: string) => ({ __typename: 'Translation' as const, language, text });

const challenge = (
  id: string,
  text: string,
  language: string,
  themeId: string | null,
  translations: ReturnType<typeof translation>[] = [],
  ideas: { id: string; text: string; dotCount: number }[] = [],
) => ({
  __typename: 'ChallengeEdge' as const,
  node: {
    __typename: 'Challenge' as const,
    id,
    createdAt: `2026-11-20T18:0${id.length % 10}:00.000Z`,
    origin: {
      __typename: 'ContributionOrigin' as const,
      sessionId: SESSION_ID,
      sessionTitle: 'Our park at night',
      betweenSessions: false,
    },
    text,
    language,
    translations,
    dotCount: 2,
    theme: themeId ? { __typename: 'Theme' as const, id: themeId } : null,
    ideas: {
      __typename: 'IdeaConnection' as const,
      totalCount: ideas.length,
      edges: ideas.map((idea) => ({
        __typename: 'IdeaEdge' as const,
        node: { __typename: 'Idea' as const, language: 'nl', translations: [], ...idea },
      })),
    },
  },
});

export interface SessionOptions {
  phase?: PhaseKind;
  status?: 'LIVE' | 'CLOSED';
  round?: { target: 'CHALLENGES' | 'IDEAS'; dotsUsed?: number } | null;
  extraChallenges?: ReturnType<typeof challenge>[];
  // When the current phase's time box ends (ISO); none by default.
  endsAt?: string | null;
}

export function sessionData(options: SessionOptions = {}): Unmasked<ParticipantSessionQuery> {
  const phase = options.phase ?? 'CHALLENGES';
  const kinds: PhaseKind[] = ['WELCOME', 'CHALLENGES', 'CLUSTERING', 'IDEAS', 'VOTING'];
  const agenda = kinds.map((kind, position) => ({ __typename: 'AgendaPhase' as const, id: `ph-${kind}`, position }));
  const current = {
    __typename: 'AgendaPhase' as const,
    id: `ph-${phase}`,
    kind: phase,
    title: phase === 'CHALLENGES' ? 'What is hard here?' : 'Next step',
    questionnaireWave: null,
    endsAt: options.endsAt ?? null,
  };
  return {
    session: {
      __typename: 'Session',
      id: SESSION_ID,
      title: 'Our park at night',
      status: options.status ?? 'LIVE',
      currentPhase: options.status === 'CLOSED' ? null : current,
      agenda,
      openVotingRound: options.round
        ? {
            __typename: 'VotingRound',
            id: 'round-1',
            title: 'Which challenges first?',
            target: options.round.target,
            dotsPerParticipant: 3,
            dotsUsedBy: options.round.dotsUsed ?? 0,
          }
        : null,
      themes: [
        {
          __typename: 'Theme',
          id: 't-safety',
          position: 0,
          title: 'Safety at night',
          origin: {
            __typename: 'ContributionOrigin',
            sessionId: SESSION_ID,
            sessionTitle: 'Our park at night',
            betweenSessions: false,
          },
        },
      ],
      challenges: {
        __typename: 'ChallengeConnection',
        totalCount: 2 + (options.extraChallenges?.length ?? 0),
        edges: [
          challenge(
            'c-1',
            'Het park heeft geen licht na acht uur.',
            'nl',
            't-safety',
            [
              translation('en', 'The park has no light after eight.'),
              translation('ar', 'لا يوجد ضوء في الحديقة بعد الساعة الثامنة.'),
            ],
            [{ id: 'i-1', text: 'Zonnelampen langs het pad', dotCount: 1 }],
          ),
          challenge('c-2', 'The library closes before my shift ends.', 'en', null),
          ...(options.extraChallenges ?? []),
        ],
      },
    },
  };
}

export function sessionMock(options: SessionOptions = {}): MockLink.MockedResponse<ParticipantSessionQuery> {
  return {
    request: { query: participantSessionQuery, variables: { id: SESSION_ID, participantId: PARTICIPANT_ID } },
    result: { data: sessionData(options) },
    // Asked once per page, and again only after a gap in the live events; a test may open the page twice.
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export { challenge as challengeEdge, castVoteMutation, createChallengeMutation };

export function castVoteMock(dotsUsedBy: number): MockLink.MockedResponse<ParticipantCastVoteMutation> {
  return {
    request: { query: castVoteMutation, variables: () => true },
    result: {
      data: {
        castVote: {
          __typename: 'VotePayload',
          clientMutationId: 'x',
          vote: {
            __typename: 'Vote',
            id: 'v-1',
            dots: 1,
            round: { __typename: 'VotingRound', id: 'round-1', dotsUsedBy },
            challenge: { __typename: 'Challenge', id: 'c-2', dotCount: 3 },
            idea: null,
          },
        },
      },
    },
  };
}
