import type { ComponentType, ReactNode } from 'react';
import { I18nProvider, RouterProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, type NavigateOptions } from './router';

declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

// What react-aria's components need around them: the reader's language, not the browser's, for the dates and numbers
// they format, their own labels and their popovers' direction; and the app's router for their links, which then
// navigate client-side (the app has no base path, so hrefs need no rewriting: no useHref).
// Only the parts of the app built with react-aria bring it (lazyAriaPage in ./lazyPage, the language picker, the
// account menu): a first page without them (the landing page, a participant's) loads and evaluates none of
// react-aria, whose start alone (its default locale, read at module load) holds a slow phone's main thread.
export function AriaProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  return (
    <RouterProvider navigate={(to, options) => navigate(to, options)}>
      <I18nProvider locale={i18n.resolvedLanguage ?? i18n.language}>{children}</I18nProvider>
    </RouterProvider>
  );
}

// A component with the providers around it.
export function withAriaProviders<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  function WithAriaProviders(props: P) {
    return (
      <AriaProviders>
        <Component {...props} />
      </AriaProviders>
    );
  }
  return WithAriaProviders;
}
