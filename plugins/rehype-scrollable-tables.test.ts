import {describe, expect, it} from 'vitest';
import rehypeScrollableTables from './rehype-scrollable-tables';

describe('rehypeScrollableTables', () => {
  it('makes tables focusable regions named after their first header', () => {
    const th = {type: 'element', tagName: 'th', children: [{type: 'text', value: '부'}]};
    const table = {
      type: 'element',
      tagName: 'table',
      properties: {},
      children: [
        {
          type: 'element',
          tagName: 'thead',
          children: [{type: 'element', tagName: 'tr', children: [th]}],
        },
      ],
    };
    rehypeScrollableTables()({type: 'root', children: [table]});
    expect(table.properties).toEqual({tabIndex: 0, role: 'region', ariaLabel: '표: 부 외'});
  });
});
