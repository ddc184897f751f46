// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {ssrTemplate} from '../../../plugins/ssr-template';
import {checkUpstreamCopies, vendoredPath, type UpstreamRecord} from './upstream-copies';

const ROOT = path.resolve(__dirname, '../../..');
const THEME = path.join(ROOT, 'src/theme');
const VENDORED = path.join(THEME, '__upstream__');
const record = JSON.parse(
  fs.readFileSync(path.join(VENDORED, 'copies.json'), 'utf8'),
) as UpstreamRecord;
const places = {root: ROOT, nodeModules: path.join(ROOT, 'node_modules'), vendored: VENDORED};
const vendored = (original: string) =>
  fs.readFileSync(vendoredPath(record, {original, copy: '', sha256: ''}, VENDORED), 'utf8');

describe('copies of Docusaurus files', () => {
  it('were taken from the installed originals (same SHA-256)', () => {
    expect(checkUpstreamCopies(record, places)).toEqual([]);
  });

  it('cover every ejected file and the page template', () => {
    expect(record.copies.map((entry) => entry.copy)).toEqual(
      expect.arrayContaining([
        'src/theme/Tabs/index.tsx',
        'src/theme/DocItem/Layout/index.tsx',
        'src/theme/DocSidebar/index.tsx',
        'src/theme/CodeBlock/index.tsx',
        'plugins/ssr-template.ts',
      ]),
    );
  });
});

describe('the guard, pointed at a modified Docusaurus', () => {
  let dir = '';
  afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

  /** node_modules holding the originals as the recorded version installed them (hash-checked above). */
  function fakeNodeModules(): string {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-'));
    for (const entry of record.copies) {
      const target = path.join(dir, entry.original);
      fs.mkdirSync(path.dirname(target), {recursive: true});
      fs.copyFileSync(path.join(places.nodeModules, entry.original), target);
    }
    for (const pkg of ['@docusaurus/theme-classic', '@docusaurus/core'])
      fs.writeFileSync(path.join(dir, pkg, 'package.json'), '{"version": "3.11.0"}');
    return dir;
  }

  it('passes while the originals are unchanged', () => {
    expect(checkUpstreamCopies(record, {...places, nodeModules: fakeNodeModules()})).toEqual([]);
  });

  it('names the changed original, the copy, the version and what to do', () => {
    const nodeModules = fakeNodeModules();
    const tabs = path.join(nodeModules, '@docusaurus/theme-classic/src/theme/Tabs/index.tsx');
    fs.writeFileSync(tabs, fs.readFileSync(tabs, 'utf8').replace('key={String(isBrowser)}', ''));
    const problems = checkUpstreamCopies(record, {...places, nodeModules});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^Docusaurus's @docusaurus\/theme-classic\/src\/theme\/Tabs\/index\.tsx changed since the copy in src\/theme\/Tabs\/index\.tsx was taken from 3\.10\.2 \(installed: @docusaurus\/theme-classic@3\.11\.0\): review the diff \(npm pack @docusaurus\/theme-classic@3\.10\.2, then diff -u package\/src\/theme\/Tabs\/index\.tsx .*\) and update the copy, then the recorded hash in src\/theme\/__upstream__\/copies\.json\.$/,
    );
  });

  it('shows the first changed line of a vendored original', () => {
    const nodeModules = fakeNodeModules();
    const css = path.join(
      nodeModules,
      '@docusaurus/theme-classic/src/theme/Tabs/styles.module.css',
    );
    fs.writeFileSync(css, fs.readFileSync(css, 'utf8').replace('.tabItem', '.tabEntry'));
    const problems = checkUpstreamCopies(record, {...places, nodeModules});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /review the diff \(diff -u src\/theme\/__upstream__\/3\.10\.2\/@docusaurus\/theme-classic\/src\/theme\/Tabs\/styles\.module\.css\.txt .*; first difference at line \d+: .*\) and update the copy, then the vendored original and the recorded hash/,
    );
    expect(problems[0]).toContain('.tabItem');
    expect(problems[0]).toContain('.tabEntry');
  });

  it('guards the page template too', () => {
    const nodeModules = fakeNodeModules();
    const template = path.join(nodeModules, '@docusaurus/core/lib/ssg/ssgTemplate.html.js');
    fs.appendFileSync(template, '// changed\n');
    expect(checkUpstreamCopies(record, {...places, nodeModules})).toEqual([
      expect.stringMatching(
        /^Docusaurus's @docusaurus\/core\/lib\/ssg\/ssgTemplate\.html\.js changed since the copy in plugins\/ssr-template\.ts was taken from 3\.10\.2/,
      ),
    ]);
  });

  it('says when an original is gone', () => {
    const nodeModules = fakeNodeModules();
    fs.rmSync(path.join(nodeModules, '@docusaurus/theme-classic/src/theme/DocSidebar/Mobile'), {
      recursive: true,
    });
    expect(checkUpstreamCopies(record, {...places, nodeModules})).toEqual([
      expect.stringMatching(
        /^@docusaurus\/theme-classic@3\.11\.0 no longer has .*DocSidebar\/Mobile\/index\.tsx, from which src\/theme\/DocSidebar\/index\.tsx was taken/,
      ),
    ]);
  });

  it('notices a vendored original edited without its hash', () => {
    const nodeModules = fakeNodeModules();
    const copyDir = path.join(dir, 'vendored');
    fs.cpSync(VENDORED, copyDir, {recursive: true});
    const tampered = {...places, nodeModules, vendored: copyDir};
    const css = record.copies.find((entry) => entry.original.endsWith('Tabs/styles.module.css'))!;
    fs.appendFileSync(vendoredPath(record, css, copyDir), '\n');
    expect(checkUpstreamCopies(record, tampered)).toEqual([
      expect.stringMatching(/Tabs\/styles\.module\.css\.txt is missing or does not match the hash/),
    ]);
  });

  it('keeps an original only where a test compares a copy with it', () => {
    const kept = fs
      .readdirSync(path.join(VENDORED, record.docusaurus), {recursive: true, encoding: 'utf8'})
      .filter((file) => file.endsWith('.txt'))
      .map((file) =>
        file
          .split(path.sep)
          .join('/')
          .replace(/\.txt$/, ''),
      )
      .sort();
    const vendoredEntries = record.copies.filter((entry) => entry.vendored);
    expect(kept).toEqual(vendoredEntries.map((entry) => entry.original).sort());
    expect(vendoredEntries.map((entry) => entry.copy).sort()).toEqual([
      'plugins/ssr-template.ts',
      'src/theme/DocItem/Layout/styles.module.css',
      'src/theme/Tabs/styles.module.css',
    ]);
  });
});

describe('each copy differs from its original only as intended', () => {
  const withoutLicence = (css: string) => css.replace(/^\/\*\*[\s\S]*?\*\/\n\n/, '');
  const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

  it('page template: the <script defer> tags in <head> become the loader at the end of <body>', () => {
    const original = vendored('@docusaurus/core/lib/ssg/ssgTemplate.html.js');
    const template = original.match(/exports\.default = `\n([\s\S]*)`;/)?.[1];
    const scriptTags =
      '    <% it.scripts.forEach((script) => { %>\n' +
      '      <script src="<%= it.baseUrl %><%= script %>" defer></script>\n' +
      '    <% }); %>\n';
    expect(template).toContain(scriptTags);
    const loader = ssrTemplate.match(/ {4}<script data-scripts=.*\n/)![0];
    expect(ssrTemplate).toBe(
      template!.replace(scriptTags, '').replace('  </body>', `${loader}  </body>`),
    );
  });

  it('Tabs styles: unchanged', () => {
    expect(read('src/theme/Tabs/styles.module.css')).toBe(
      withoutLicence(vendored('@docusaurus/theme-classic/src/theme/Tabs/styles.module.css')),
    );
  });

  it('DocItem/Layout styles: one rule added, hiding the desktop table of contents on phones', () => {
    const original = withoutLicence(
      vendored('@docusaurus/theme-classic/src/theme/DocItem/Layout/styles.module.css'),
    );
    const copy = read('src/theme/DocItem/Layout/styles.module.css');
    expect(copy.startsWith(original)).toBe(true);
    expect(copy.slice(original.length)).toMatch(/^\n\/\*[^*]*\*\/\n@media \(max-width: 996px\)/);
  });
});

describe('src/theme/README.md', () => {
  const readme = fs.readFileSync(path.join(THEME, 'README.md'), 'utf8');
  const components = fs
    .readdirSync(THEME, {recursive: true, encoding: 'utf8'})
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.tsx?$/.test(file) && !/(^|\/)__|\.test\./.test(file))
    .map((file) => file.replace(/(\/index)?\.tsx?$/, ''));

  it('has a row for every theme component the site overrides', () => {
    expect(components.length).toBeGreaterThan(10);
    for (const component of components) expect(readme, component).toContain(`| \`${component}\``);
  });

  it('names the original of every guarded copy', () => {
    for (const {original} of record.copies) expect(readme, original).toContain(original);
  });
});
