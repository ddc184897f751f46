import type {ReactNode} from 'react';
import useIsBrowser from './useIsBrowser';

interface BrowserOnlyProps {
  readonly children: () => ReactNode;
  readonly fallback?: ReactNode;
}

export default function BrowserOnly({children, fallback}: BrowserOnlyProps): ReactNode {
  return useIsBrowser() ? children() : (fallback ?? null);
}
