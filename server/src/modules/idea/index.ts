// The GraphQL resolvers of the idea feature, registered in core/resolvers.ts.
export const ideaResolvers: Function[] = [];
