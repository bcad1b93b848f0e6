import { ProjectPartnerResolver, ProjectResolver } from './project.resolver.js';

// The GraphQL resolvers of the project feature, registered in core/resolvers.ts.
export const projectResolvers: Function[] = [ProjectResolver, ProjectPartnerResolver];
