import React, {type ReactNode} from 'react';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import type {WrapperProps} from '@docusaurus/types';
import {useNearViewport} from '@site/src/components/useNearViewport';

type Props = WrapperProps<typeof MermaidType>;

// Start drawing this far before the diagram scrolls into view.
const AHEAD = '600px 0px';

/**
 * Mermaid is about 150 KiB of gzipped JavaScript and a long task to draw. The
 * diagram is drawn only when it comes near the viewport, so reading the top
 * of a chapter never waits for it. Each diagram's figure caption and the text
 * after it say the same in words, for readers without JavaScript too.
 */
export default function LazyMermaid(props: Props): ReactNode {
  const {ref, near} = useNearViewport<HTMLDivElement>(AHEAD);
  return (
    <div ref={ref} className="dg-mermaid">
      {near ? <Mermaid {...props} /> : null}
    </div>
  );
}
