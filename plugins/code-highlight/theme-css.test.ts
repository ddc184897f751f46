import {describe, expect, it} from 'vitest';
import {darkCodeTheme, lightCodeTheme} from '../../src/data/prism-themes';
import {prismThemesToCss} from './theme-css';

describe('prismThemesToCss', () => {
  const css = prismThemesToCss(lightCodeTheme, darkCodeTheme);

  it('sets the plain colours of both themes', () => {
    expect(css).toContain(
      `.dg-code{--dg-code-background:${lightCodeTheme.plain.backgroundColor};--dg-code-color:${lightCodeTheme.plain.color}}`,
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

  it('writes fontStyle as font-style', () => {
    expect(css).toMatch(/\.token\.comment[^{]*\{[^}]*font-style:italic/);
  });
});
