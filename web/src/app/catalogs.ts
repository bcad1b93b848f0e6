import type { CatalogLoader } from './i18n';

// Every catalog of the app, each a module of its own (the whole app's entry, src/main.tsx).
export const catalogs: CatalogLoader = (language, namespace) => import(`../locales/${language}/${namespace}.json`);
