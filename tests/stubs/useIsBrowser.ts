import {useSyncExternalStore} from 'react';

const subscribe = () => () => {};

/**
 * Like Docusaurus' useIsBrowser: false on the server and in the hydrating render (so that
 * render matches the server HTML), true once hydrated and in a plain client render.
 * useSyncExternalStore gives exactly that: React hydrates with the server snapshot, then
 * re-renders with the client one.
 */
export default function useIsBrowser(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
