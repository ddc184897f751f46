import type {ReactNode} from 'react';
import {browserState} from './useIsBrowser';

interface BrowserOnlyProps {
  readonly children: () => ReactNode;
  readonly fallback?: ReactNode;
}

export default function BrowserOnly({children, fallback}: BrowserOnlyProps): ReactNode {
  return browserState.isBrowser ? children() : (fallback ?? null);
}
