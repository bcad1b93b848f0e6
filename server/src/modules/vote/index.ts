// The GraphQL resolvers of the vote feature, registered in core/resolvers.ts.
export const voteResolvers: Function[] = [];
