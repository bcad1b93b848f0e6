import { AuditResolver } from './audit.resolver.js';

// The GraphQL resolvers of the audit feature, registered in core/resolvers.ts.
export const auditResolvers: Function[] = [AuditResolver];
