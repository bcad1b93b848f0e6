import { ReportResolver } from './report.resolver.js';

// The GraphQL resolvers of the report feature, registered in core/resolvers.ts.
export const reportResolvers: Function[] = [ReportResolver];
