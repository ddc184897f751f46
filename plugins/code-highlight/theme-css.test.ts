import {describe, expect, it} from 'vitest';
import {
  darkCodeChrome,
  darkCodeTheme,
  lightCodeChrome,
  lightCodeTheme,
} from '../../src/data/prism-themes';
import {prismThemesToCss} from './theme-css';

describe('prismThemesToCss', () => {
  const css = prismThemesToCss(lightCodeTheme, darkCodeTheme, lightCodeChrome, darkCodeChrome);

  it('sets the plain colours of both themes', () => {
    expect(css).toContain(
      `.dg-code{--dg-code-background:${lightCodeTheme.plain.backgroundColor};--dg-code-color:${lightCodeTheme.plain.color};`,
    );
    expect(css).toContain(
      `[data-theme='dark'] .dg-code{--dg-code-background:${darkCodeTheme.plain.backgroundColor}`,
    );
  });

  it('gives every token type of each theme its colour, dark ones under [data-theme=dark]', () => {
    for (const [theme, scope] of [
      [lightCodeTheme, '.dg-code'],
      [darkCodeTheme, "[data-theme='dark'] .dg-code"],
    ] as const) {
      for (const {types, style} of theme.styles) {
        for (const type of types) {
          const rule = css
            .split('\n')
            .find((line) => line.split('{')[0]!.split(',').includes(`${scope} .token.${type}`));
          expect(rule, `${scope} ${type}`).toContain(`color:${style.color}`);
        }
      }
    }
  });

  it('sets the highlighted-line background and the muted colour of both themes', () => {
    const [light, dark] = css.split('\n').filter((line) => /^[^{]*\.dg-code\{/.test(line));
    expect(light).toContain(
      `--docusaurus-highlighted-code-line-bg:${lightCodeChrome.highlightedLineBackground}`,
    );
    expect(light).toContain(`--dg-code-muted:${lightCodeChrome.muted}`);
    expect(dark).toMatch(/^\[data-theme='dark'\] \.dg-code\{/);
    expect(dark).toContain(
      `--docusaurus-highlighted-code-line-bg:${darkCodeChrome.highlightedLineBackground}`,
    );
    expect(dark).toContain(`--dg-code-muted:${darkCodeChrome.muted}`);
  });

  it('writes fontStyle as font-style', () => {
    expect(css).toMatch(/\.token\.comment[^{]*\{[^}]*font-style:italic/);
  });
});
