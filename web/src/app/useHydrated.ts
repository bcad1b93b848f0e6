import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

// Whether the app runs this screen: false in the HTML the server sends (src/ssr/entry.tsx) and while React takes
// that HTML over, true once it has. A control whose work needs the app (a form that asks the API) stays disabled
// until then, so that a tap on a slow phone is not lost to a page that does not answer yet, nor sent as a plain
// form that only reloads the page.
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
