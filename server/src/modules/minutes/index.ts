import { SessionMinutesResolver, SessionPhotoResolver, SessionRecordResolver } from './minutes.resolver.js';

// The GraphQL resolvers of a session's minutes and photos, registered in core/resolvers.ts.
export const minutesResolvers: Function[] = [SessionMinutesResolver, SessionPhotoResolver, SessionRecordResolver];
