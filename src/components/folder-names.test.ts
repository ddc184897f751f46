import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

// One case style for component folders: a PascalCase folder is one component (its index.tsx);
// a lowercase folder groups several (diagrams, playground, progress, search).
const ROOT = path.resolve(__dirname);
const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
const GROUP = /^[a-z][a-z0-9-]*$/;

function folders(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

describe('component folders', () => {
  it('are PascalCase with an index.tsx, or lowercase groups', () => {
    const wrong: string[] = [];
    const check = (dir: string, name: string) => {
      const inside = files(path.join(dir, name));
      if (PASCAL.test(name)) {
        if (!inside.includes('index.tsx')) wrong.push(`${name}: PascalCase but no index.tsx`);
      } else if (!GROUP.test(name)) {
        wrong.push(`${name}: neither PascalCase nor a lowercase group`);
      }
    };
    for (const name of folders(ROOT)) {
      check(ROOT, name);
      if (GROUP.test(name))
        for (const child of folders(path.join(ROOT, name))) check(path.join(ROOT, name), child);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps each diagram in its own PascalCase folder', () => {
    const diagrams = folders(path.join(ROOT, 'diagrams'));
    expect(diagrams.length).toBeGreaterThan(0);
    expect(diagrams.filter((name) => !PASCAL.test(name))).toEqual([]);
  });
});
