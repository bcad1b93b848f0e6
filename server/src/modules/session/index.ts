import { AgendaPhaseResolver, ProjectSessionsResolver, SessionResolver } from './session.resolver.js';

// The GraphQL resolvers of the session feature, registered in core/resolvers.ts.
export const sessionResolvers: Function[] = [SessionResolver, AgendaPhaseResolver, ProjectSessionsResolver];
