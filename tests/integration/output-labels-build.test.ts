// The built pages show what the code-fence labels say: every `example` block carries a visible
// "예시" caption and every `source="repo@tag path"` block names its source, in the static HTML
// (readers without JavaScript and search engines see them too). Needs `npm run build` first.
import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {htmlFileFor, requireBuild} from '../support/build';
import {listDocs} from '../support/docs';
import {extractBlocks} from '../../src/lib/transcript/extract';

/** What a labelled block must show: `예시` or `출처: repo@tag path`. */
type Label = {readonly kind: 'example'} | {readonly kind: 'source'; readonly source: string};

const decode = (text: string): string =>
  text
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The labels of a page's code blocks, in order, as the built HTML shows them. */
export function shownLabels(html: string): string[] {
  const shown: string[] = [];
  for (const figure of html.matchAll(/<figure\b([^>]*)>([\s\S]*?)<\/figure>/g)) {
    const [, attributes = '', body = ''] = figure;
    const example = /\bdata-example(?:=""|\s|$)/.test(attributes);
    const source = /\bdata-source="([^"]*)"/.exec(attributes)?.[1];
    if (!example && source === undefined) continue;
    const caption = decode(/<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/.exec(body)?.[1] ?? '');
    shown.push(example ? `example: ${caption}` : `source ${decode(source!)}: ${caption}`);
  }
  return shown;
}

/** What `shownLabels` must find for these labels. */
function expectedLabels(labels: readonly Label[]): string[] {
  return labels.map((label) =>
    label.kind === 'example'
      ? 'example: 예시: 설명을 위한 출력으로, 실제로 실행한 결과가 아닙니다.'
      : `source ${label.source}: 출처: ${label.source}`,
  );
}

describe('labels in built HTML', () => {
  it('catches a caption that is missing or names another source', () => {
    const figure = (attributes: string, caption: string) =>
      `<figure class="dg-code" ${attributes}><pre><code>x</code></pre>${caption}</figure>`;
    const html = [
      figure('data-example=""', ''),
      figure(
        'data-source="docker/cli@v29.7.2 a.go"',
        '<figcaption id=x><strong>출처:</strong> <!-- -->docker/cli@v29.7.2 b.go</figcaption>',
      ),
    ].join('');
    const expected = expectedLabels([
      {kind: 'example'},
      {kind: 'source', source: 'docker/cli@v29.7.2 a.go'},
    ]);
    expect(shownLabels(html)).not.toEqual(expected);
    expect(shownLabels(html)).toEqual([
      'example: ',
      'source docker/cli@v29.7.2 a.go: 출처: docker/cli@v29.7.2 b.go',
    ]);
  });

  requireBuild();
  const pages = listDocs()
    .map((doc) => {
      const labels = extractBlocks(doc.source, () => '').flatMap((block): Label[] =>
        block.meta.example
          ? [{kind: 'example'}]
          : block.meta.source !== undefined
            ? [{kind: 'source', source: block.meta.source}]
            : [],
      );
      return {...doc, labels};
    })
    .filter((doc) => doc.labels.length > 0);

  it('finds labelled blocks in the chapters', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  for (const page of pages) {
    it(`${page.url} captions each of its ${page.labels.length} labelled blocks`, () => {
      const html = fs.readFileSync(htmlFileFor(page.url), 'utf8');
      expect(shownLabels(html)).toEqual(expectedLabels(page.labels));
    });
  }
});
