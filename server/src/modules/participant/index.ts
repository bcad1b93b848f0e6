// The GraphQL resolvers of the participant feature, registered in core/resolvers.ts.
export const participantResolvers: Function[] = [];
