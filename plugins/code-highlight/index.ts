import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {
  darkCodeChrome,
  darkCodeTheme,
  lightCodeChrome,
  lightCodeTheme,
} from '../../src/data/prism-themes';
import {prismThemesToCss} from './theme-css';

// theme-classic loads Prism and its languages in main.js on every page to
// colour code in the browser. Code is coloured at build time here (remark.ts),
// so that client module is replaced by an empty one.
const THEME_PRISM_CLIENT_MODULE =
  /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

export default function codeHighlight(context: LoadContext): Plugin {
  const cssFile = path.join(context.generatedFilesDir, 'code-highlight', 'tokens.css');
  fs.mkdirSync(path.dirname(cssFile), {recursive: true});
  fs.writeFileSync(
    cssFile,
    prismThemesToCss(lightCodeTheme, darkCodeTheme, lightCodeChrome, darkCodeChrome),
  );
  const emptyModule = path.join(path.dirname(cssFile), 'empty.js');
  fs.writeFileSync(emptyModule, 'export {};\n');

  return {
    name: 'code-highlight',
    getClientModules() {
      return [cssFile];
    },
    configureWebpack(_config, _isServer, utils) {
      const {NormalModuleReplacementPlugin} = utils.currentBundler.instance;
      return {plugins: [new NormalModuleReplacementPlugin(THEME_PRISM_CLIENT_MODULE, emptyModule)]};
    },
  };
}
