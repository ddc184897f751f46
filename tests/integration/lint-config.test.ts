// The lint stage's formatting and duplicate-code checks catch what they are meant to catch:
// each runs the project's own configuration on a small file that breaks its rule.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

function run(command: string, args: string[], cwd = root) {
  return spawnSync(command, args, {cwd, encoding: 'utf8'});
}

describe('prettier check', () => {
  it('fails on code that is not in the project format, passes once formatted', () => {
    const dir = fs.mkdtempSync(path.join(root, 'src', '.lint-probe-'));
    try {
      const file = path.join(dir, 'probe.ts');
      fs.writeFileSync(file, 'export const x = { a: 1 , b: "two" }\n');
      expect(run(bin('prettier'), ['--check', file]).status).not.toBe(0);
      fs.writeFileSync(file, "export const x = {a: 1, b: 'two'};\n");
      expect(run(bin('prettier'), ['--check', file]).status).toBe(0);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe('duplicate-code check', () => {
  const config = JSON.parse(fs.readFileSync(path.join(root, '.jscpd.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const block = Array.from(
    {length: 8},
    (_, i) => `export function step${i}(input: number): number {\n  return input * ${i} + ${i};\n}`,
  ).join('\n');

  function jscpdOn(files: Record<string, string>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-jscpd-'));
    try {
      for (const [name, text] of Object.entries(files))
        fs.writeFileSync(path.join(dir, name), text);
      const probeConfig = path.join(dir, 'jscpd.json');
      fs.writeFileSync(probeConfig, JSON.stringify({...config, path: [dir], gitignore: false}));
      return run(bin('jscpd'), ['--config', probeConfig, '--silent']);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  }

  it('fails when two source files share a block above the threshold', () => {
    expect(jscpdOn({'a.ts': block, 'b.ts': `// copy\n${block}`}).status).not.toBe(0);
  });

  it('passes on the same files without the copy, and ignores copies in tests', () => {
    expect(jscpdOn({'a.ts': block, 'b.ts': 'export const other = 1;\n'}).status).toBe(0);
    expect(jscpdOn({'a.ts': block, 'b.test.ts': block}).status).toBe(0);
  });
});
