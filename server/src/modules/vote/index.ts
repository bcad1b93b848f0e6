import {
  ChallengeDotsResolver,
  IdeaDotsResolver,
  SessionVotingResolver,
  ThemeDotsResolver,
  VoteResolver,
  VoteTallyResolver,
  VotingRoundResolver,
} from './vote.resolver.js';

// The GraphQL resolvers of the vote feature, registered in core/resolvers.ts.
export const voteResolvers: Function[] = [
  VotingRoundResolver,
  VoteResolver,
  SessionVotingResolver,
  ChallengeDotsResolver,
  IdeaDotsResolver,
  ThemeDotsResolver,
  VoteTallyResolver,
];
