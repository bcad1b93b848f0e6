// The participant's board as the phone asks for it: `ParticipantSession` from web/src/features/participant (with its
// fragments PhaseBanner_session, ParticipantBoard_session and BoardChallenge_challenge written out), and the
// `__typename` that Apollo Client adds to every selection set. Kept here as text, so that a change to the web app's
// query is a deliberate change to the benchmark.
export const PARTICIPANT_SESSION = `query ParticipantSession($id: ID!, $participantId: ID!) {
  session(id: $id) {
    id
    title
    status
    currentPhase { id kind __typename }
    openVotingRound { id title target dotsPerParticipant dotsUsedBy(participantId: $participantId) __typename }
    ...PhaseBanner_session
    ...ParticipantBoard_session
    __typename
  }
}
fragment PhaseBanner_session on Session {
  status
  agenda { id position __typename }
  currentPhase { id kind title __typename }
  __typename
}
fragment ParticipantBoard_session on Session {
  id
  themes { id position title __typename }
  challenges(first: 200) {
    totalCount
    edges { node { id theme { id __typename } ...BoardChallenge_challenge __typename } __typename }
    __typename
  }
  __typename
}
fragment BoardChallenge_challenge on Challenge {
  id
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
}`;
