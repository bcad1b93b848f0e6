import { lazy } from 'react';

// ErrorState with its react-aria button, fetched only when something went wrong: for the shell's
// own rare errors, so that the first page does not carry it.
export const LazyErrorState = lazy(async () => ({ default: (await import('./QueryState')).ErrorState }));
