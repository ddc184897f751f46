import type {PrismTheme} from 'prism-react-renderer';
import type {CodeChrome} from '../../src/data/prism-themes';

type Style = Readonly<Record<string, string | number | undefined>>;

function declarations(style: Style): string {
  return Object.entries(style)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(
      ([property, value]) =>
        `${property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${value}`,
    )
    .join(';');
}

function themeRules(theme: PrismTheme, chrome: CodeChrome, scope: string): string[] {
  const rules = [
    `${scope}{--dg-code-background:${theme.plain.backgroundColor};--dg-code-color:${theme.plain.color};--dg-code-muted:${chrome.muted};--docusaurus-highlighted-code-line-bg:${chrome.highlightedLineBackground}}`,
  ];
  for (const {types, style} of theme.styles) {
    const selectors = types.map((type) => `${scope} .token.${type}`).join(',');
    rules.push(`${selectors}{${declarations(style as Style)}}`);
  }
  return rules;
}

/**
 * The code colours as CSS (tokens, line numbers, highlighted lines), from the
 * same objects the contrast test checks: light by default, dark under `[data-theme='dark']`. Later rules win
 * for a token with several types, as the theme's order intends.
 */
export function prismThemesToCss(
  light: PrismTheme,
  dark: PrismTheme,
  lightChrome: CodeChrome,
  darkChrome: CodeChrome,
): string {
  return (
    [
      ...themeRules(light, lightChrome, '.dg-code'),
      ...themeRules(dark, darkChrome, "[data-theme='dark'] .dg-code"),
    ].join('\n') + '\n'
  );
}
