import { ReportResolver } from './report.resolver.js';
import { ReportRoomResolver } from './report.room.js';

// The GraphQL resolvers of the report feature, registered in core/resolvers.ts.
export const reportResolvers: Function[] = [ReportResolver, ReportRoomResolver];
