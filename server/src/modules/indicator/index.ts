import { IndicatorsOverviewResolver, ProjectIndicatorsResolver } from './indicator.resolver.js';

// The GraphQL resolvers of the indicator feature, registered in core/resolvers.ts.
export const indicatorResolvers: Function[] = [ProjectIndicatorsResolver, IndicatorsOverviewResolver];
