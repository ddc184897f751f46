import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {formatTable, mdxFilesIn, measureProse} from './prose-length.mjs';

describe('measureProse', () => {
  it('counts the Hangul syllables of plain prose, and nothing else', () => {
    expect(measureProse('가나다 abc 123 ㄱㄴ!\n\n라마.')).toEqual({main: 5, deep: 0});
  });

  it('skips front matter, import/export lines and fenced code', () => {
    const source = [
      '---',
      'title: 제목입니다',
      'description: 설명',
      '---',
      "import Quiz from '@site/src/components/Quiz';",
      'export const 값 = 1;',
      '본문',
      '```bash',
      'echo 안녕하세요',
      '```',
      '~~~text',
      '출력',
      '~~~',
      '끝',
    ].join('\n');
    expect(measureProse(source)).toEqual({main: 3, deep: 0});
  });

  it('skips inline code, including double-backtick spans', () => {
    expect(measureProse('명령 `echo 하나` 와 ``a ` 둘`` 끝')).toEqual({main: 4, deep: 0});
  });

  it('skips JSX tags with their attributes and {…} expressions, but counts text children', () => {
    const source = [
      '## 제목 {/* #제목 */}',
      '<ArchitectureStack caption="캡션은 세지 않음" initial={[\'한\']} />',
      '<figure><figcaption>그림 설명</figcaption></figure>',
      '<Term id="hypervisor">용어</Term>',
    ].join('\n');
    expect(measureProse(source)).toEqual({main: 2 + 4 + 2, deep: 0});
  });

  it('puts everything inside <details>, its summary too, in the deep count', () => {
    const source = [
      '앞',
      '<details>',
      '<summary>더 알아보기: 요약</summary>',
      '',
      '안쪽 문단',
      '```bash',
      'echo 코드',
      '```',
      '</details>',
      '',
      '뒤',
    ].join('\n');
    expect(measureProse(source)).toEqual({main: 2, deep: 7 + 4});
  });

  it('treats a lone < in prose as text, not as a tag', () => {
    expect(measureProse('1 < 2 이면 참')).toEqual({main: 3, deep: 0});
  });

  it('does not let a brace inside a quoted attribute end the tag early', () => {
    expect(measureProse('<X label="}한" />다')).toEqual({main: 1, deep: 0});
  });
});

describe('files and the table', () => {
  it('finds .mdx files in a folder and sums each folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prose-'));
    fs.writeFileSync(path.join(dir, 'b.mdx'), '나');
    fs.writeFileSync(path.join(dir, 'a.mdx'), '가가\n<details>\n심화\n</details>');
    fs.writeFileSync(path.join(dir, 'note.md'), '무시');
    const files = mdxFilesIn(dir);
    expect(files.map((file) => path.basename(file))).toEqual(['a.mdx', 'b.mdx']);
    const rows = files.map((file) => ({file, ...measureProse(fs.readFileSync(file, 'utf8'))}));
    const table = formatTable(rows);
    expect(table).toContain(`| ${path.join(dir, 'a.mdx')} | 2 | 2 | 4 |`);
    expect(table).toContain(`| **${dir}/ 합계** | **3** | **2** | **5** |`);
  });
});
