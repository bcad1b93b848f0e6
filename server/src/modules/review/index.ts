// The GraphQL resolvers of the review feature, registered in core/resolvers.ts.
export const reviewResolvers: Function[] = [];
