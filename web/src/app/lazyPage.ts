import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type LazyPage<P extends object = object> = LazyExoticComponent<ComponentType<P>> & {
  preload: () => Promise<unknown>;
};

// A page in its own chunk, fetched when first shown; `preload()` starts the download earlier, for
// example while the shell still asks who is signed in.
export function lazyPage<P extends object = object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => (loading ??= load());
  return Object.assign(
    lazy(async () => ({ default: await preload() })),
    { preload },
  );
}

// A component built with react-aria's components, loaded with react-aria's providers (./AriaProviders) fetched beside
// it and put around it.
export async function loadWithAriaProviders<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Promise<ComponentType<P>> {
  const [Component, { withAriaProviders }] = await Promise.all([load(), import('./AriaProviders')]);
  return withAriaProviders(Component);
}

// A page built with react-aria's components.
export const lazyAriaPage = <P extends object = object>(load: () => Promise<ComponentType<P>>): LazyPage<P> =>
  lazyPage(() => loadWithAriaProviders(load));
