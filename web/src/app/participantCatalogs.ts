import type { CatalogLoader } from './i18n';

// The catalogs of the participant's namespaces only (`participantNamespaces` in i18n.ts; a glob pattern must be
// written out), for the phone's own entry (src/participant.tsx).
const modules = import.meta.glob('../locales/*/{app,challenge,form,join,outcome,participant,questionnaire}.json');

export const participantCatalogs: CatalogLoader = (language, namespace) => {
  const load = modules[`../locales/${language}/${namespace}.json`];
  return load ? load() : Promise.reject(new Error(`No ${language} catalog of ${namespace} on the participant's pages`));
};
