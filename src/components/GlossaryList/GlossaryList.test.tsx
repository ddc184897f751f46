import {describe, expect, it} from 'vitest';
import {renderToHtml, textOf} from '@site/tests/utils/ssr';
import {glossary} from '@site/src/data/glossary';
import GlossaryList from '.';

const sample = [
  {
    id: 'hypervisor',
    ko: '하이퍼바이저',
    en: 'hypervisor',
    definition: '가상 머신을 만들고 실행하는 소프트웨어입니다.',
    chapter: '/docs/a',
  },
  {
    id: 'namespace',
    ko: '네임스페이스',
    en: 'namespace',
    definition: '커널 자원을 나누어 보이게 하는 기능입니다.',
    chapter: '/docs/b',
  },
  {
    id: 'oci',
    ko: 'OCI',
    en: 'Open Container Initiative',
    definition: '컨테이너 이미지와 런타임 표준을 만드는 단체입니다.',
    chapter: '/docs/c',
  },
];

describe('<GlossaryList>', () => {
  it('renders every term with its anchor, English name, definition and chapter link on the server', () => {
    const html = renderToHtml(<GlossaryList entries={sample} />);
    for (const entry of sample) {
      expect(html).toContain(`id="${entry.id}"`);
      expect(html).toContain(`href="#${entry.id}"`);
      expect(html).toContain(`href="${entry.chapter}"`);
      expect(textOf(html)).toContain(entry.definition);
      expect(textOf(html)).toContain(`(${entry.en})`);
    }
  });

  it('orders groups ㄴ, ㅎ, A–Z with a jump bar and an English index', () => {
    const text = textOf(renderToHtml(<GlossaryList entries={sample} />));
    expect(text.indexOf('네임스페이스 (namespace)')).toBeLessThan(
      text.indexOf('하이퍼바이저 (hypervisor)'),
    );
    expect(text.indexOf('하이퍼바이저 (hypervisor)')).toBeLessThan(
      text.indexOf('OCI (Open Container Initiative)'),
    );
    const html = renderToHtml(<GlossaryList entries={sample} />);
    expect(html).toContain('href="#ko-2"');
    expect(html).toContain('href="#ko-14"');
    expect(html).toContain('href="#ko-latin"');
    expect(html).toContain('href="#en-n"');
    expect(text).toContain('namespace → 네임스페이스');
  });

  it('lists the whole site glossary with unique anchors', () => {
    const html = renderToHtml(<GlossaryList />);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of glossary) expect(ids).toContain(entry.id);
  });
});
