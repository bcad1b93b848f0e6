import {
  AgendaPhaseMethodResolver,
  AgendaTemplateResolver,
  MethodResolver,
  MethodValidationResolver,
} from './method.resolver.js';

// The GraphQL resolvers of the method library and agenda templates, registered in core/resolvers.ts.
export const methodResolvers: Function[] = [
  MethodResolver,
  MethodValidationResolver,
  AgendaTemplateResolver,
  AgendaPhaseMethodResolver,
];
