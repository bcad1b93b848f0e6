// The GraphQL resolvers of the strategy feature, registered in core/resolvers.ts.
export const strategyResolvers: Function[] = [];
