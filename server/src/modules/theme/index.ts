import { SessionThemesResolver, ThemeResolver } from './theme.resolver.js';

// The GraphQL resolvers of the theme feature, registered in core/resolvers.ts.
export const themeResolvers: Function[] = [ThemeResolver, SessionThemesResolver];
