import {describe, expect, it} from 'vitest';
import {darkCodeChrome, darkCodeTheme, lightCodeChrome, lightCodeTheme} from './prism-themes';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each([
  ['light', lightCodeTheme, lightCodeChrome],
  ['dark', darkCodeTheme, darkCodeChrome],
])('%s code theme', (_name, theme, chrome) => {
  const background = theme.plain.backgroundColor!;
  const colours = [theme.plain.color!, ...theme.styles.map((style) => style.style.color!)];

  it('gives every token colour at least 4.5:1 against the code background', () => {
    for (const colour of colours)
      expect(contrast(colour, background), colour).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps every token colour at least 4.5:1 on a highlighted line', () => {
    for (const colour of colours) {
      expect(
        contrast(colour, chrome.highlightedLineBackground),
        `${colour} on ${chrome.highlightedLineBackground}`,
      ).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps line numbers, labels and captions at least 4.5:1 on both backgrounds', () => {
    for (const surface of [background, chrome.highlightedLineBackground])
      expect(contrast(chrome.muted, surface), surface).toBeGreaterThanOrEqual(4.5);
  });
});
