// Work a module does when it is first imported runs while a page starts, in the long task that
// evaluates the page's scripts. Locale objects are the costly kind: a Korean Intl.DateTimeFormat
// made at the quiz module's top level cost 34–44 ms at 1× CPU on every chapter with a quiz
// (docs-dev/performance.md). This test keeps `new Intl.…` inside functions.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** `new Intl.X(…)` expressions that run when the module is evaluated (outside any function). */
export function moduleScopeIntl(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isNewExpression(node) && /^Intl\./.test(node.expression.getText(source))) {
      const {line} = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${path.relative(root, fileName)}:${line + 1}: ${node.getText(source)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('module start-up cost', () => {
  it('finds a module-scope Intl object and ignores one made inside a function', () => {
    const text = [
      "const eager = new Intl.DateTimeFormat('ko-KR');",
      "const lazy = () => new Intl.DateTimeFormat('ko-KR');",
      "function later() { return new Intl.Collator('ko'); }",
      "let cached; const get = () => (cached ??= new Intl.Collator('en'));",
    ].join('\n');
    expect(moduleScopeIntl(path.join(root, 'x.ts'), text)).toEqual([
      "x.ts:1: new Intl.DateTimeFormat('ko-KR')",
    ]);
  });

  it('no source module builds an Intl object when it is imported', () => {
    const files = [
      ...sourceFiles(path.join(root, 'src')),
      ...sourceFiles(path.join(root, 'plugins')),
    ];
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => moduleScopeIntl(file, fs.readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
