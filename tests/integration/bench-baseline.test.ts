// Guards the bench's reference site (bench/baseline): stock Docusaurus of the same
// version as the real site, built with the repository's node_modules. If a dependency
// bump or a config change breaks it, `npm run bench` would lose its baseline.
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');
const baselineDir = path.join(root, 'bench/baseline');

describe('bench baseline site', () => {
  it('has a config with the real site’s future flags and its docs', () => {
    const config = fs.readFileSync(path.join(baselineDir, 'docusaurus.config.ts'), 'utf8');
    expect(config).toMatch(/v4:\s*true/);
    expect(config).toMatch(/faster:\s*true/);
    expect(config).not.toMatch(/theme-mermaid|plugins:/);
    for (const doc of [
      'docs/intro.mdx',
      'docs/basics/navigate.mdx',
      'docs/basics/files.mdx',
      'src/pages/index.tsx',
    ]) {
      expect(fs.existsSync(path.join(baselineDir, doc)), doc).toBe(true);
    }
  });

  it('uses the same Docusaurus version as the site and installs nothing of its own', () => {
    expect(fs.existsSync(path.join(baselineDir, 'package.json'))).toBe(false);
    const site = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const core = JSON.parse(
      fs.readFileSync(path.join(root, 'node_modules/@docusaurus/core/package.json'), 'utf8'),
    ) as {version: string};
    expect(core.version).toBe(site.dependencies['@docusaurus/core']);
  });

  // The build itself takes ~10-30 s. It runs asynchronously so the test worker stays responsive.
  it('builds with the root node_modules', {timeout: 300_000}, async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-baseline-'));
    try {
      const result = await new Promise<{code: number | null; output: string}>((resolve) => {
        execFile(
          'npx',
          ['docusaurus', 'build', baselineDir, '--out-dir', outDir],
          {cwd: root, env: {...process.env, NODE_ENV: 'production'}, maxBuffer: 32 * 1024 * 1024},
          (error, stdout, stderr) =>
            resolve({
              code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
              output: `${stdout}\n${stderr}`,
            }),
        );
      });
      expect(result.code, result.output).toBe(0);
      for (const page of ['index.html', 'docs/intro/index.html', 'docs/basics/files/index.html']) {
        expect(fs.existsSync(path.join(outDir, page)), page).toBe(true);
      }
      const head = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8').slice(0, 200);
      expect(head).toMatch(/<html lang="?ko"?/);
    } finally {
      fs.rmSync(outDir, {recursive: true, force: true});
    }
  });
});
