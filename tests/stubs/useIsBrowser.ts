// Tests flip this to render the server (false) or the hydrated (true) view.
export const browserState = {isBrowser: true};

export default function useIsBrowser(): boolean {
  return browserState.isBrowser;
}
