import {describe, expect, it} from 'vitest';
import {glossary} from '../src/data/glossary';
import remarkGlossaryTerms from './remark-glossary-terms';

const termNode = (id: string) => ({
  type: 'mdxJsxTextElement',
  name: 'Term',
  attributes: [{type: 'mdxJsxAttribute', name: 'id', value: id}],
  children: [{type: 'text'}],
});

describe('remarkGlossaryTerms', () => {
  it('fills <Term> with the Korean term, English term and definition', () => {
    const entry = glossary[0]!;
    const node = termNode(entry.id);
    remarkGlossaryTerms()({type: 'root', children: [{type: 'paragraph', children: [node]}]}, {});
    const values = Object.fromEntries(
      node.attributes.map((attribute) => [attribute.name, attribute.value]),
    );
    expect(values).toEqual({
      id: entry.id,
      ko: entry.ko,
      en: entry.en,
      definition: entry.definition,
    });
  });

  it('fails the build on an unknown id, naming the file', () => {
    expect(() =>
      remarkGlossaryTerms()(
        {type: 'root', children: [termNode('no-such-term')]},
        {path: 'docs/x.mdx'},
      ),
    ).toThrow(/docs\/x.mdx.*no-such-term/);
  });
});
