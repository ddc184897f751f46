import fs from 'node:fs';

/**
 * Diagram-type names that only Mermaid's own library registers, so a script that contains one
 * of them is Mermaid. Not 'sequenceDiagram': the theme's small wrapper and chapters' own sources
 * (a chapter chunk carries its diagram's text) contain that word without running Mermaid.
 */
export const MERMAID_MARKERS: readonly string[] = [
  'flowchart-v2',
  'classDiagram-v2',
  'stateDiagram-v2',
];

/** The Mermaid markers found in a script file. */
export function mermaidMarkersIn(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8');
  return MERMAID_MARKERS.filter((marker) => code.includes(marker));
}

/** Whether any of the script files is Mermaid's library. */
export const runsMermaid = (files: readonly string[]): boolean =>
  files.some((file) => mermaidMarkersIn(file).length > 0);
