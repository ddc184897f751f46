import {describe, expect, it} from 'vitest';
import {fireEvent, render, screen} from '@testing-library/react';
import {glossary} from '@site/src/data/glossary';
import {renderToHtml, textOf} from '@site/tests/utils/ssr';
import Term from '.';

const entry = glossary[0];
if (!entry) throw new Error('the glossary is empty: <Term> has nothing to show');
const props = {id: entry.id, ko: entry.ko, en: entry.en, definition: entry.definition};

describe('<Term>', () => {
  it('puts the definition in the server HTML, linked by aria-describedby', () => {
    const html = renderToHtml(<Term {...props}>용어</Term>);
    expect(textOf(html)).toContain(entry.definition);
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toContain(`id="${describedBy}"`);
    expect(html).toContain('role="tooltip"');
  });

  it('closes on Escape and reopens after focus leaves', () => {
    render(<Term {...props}>용어</Term>);
    const trigger = screen.getByRole('button', {name: '용어'});
    const wrapper = trigger.parentElement!;
    trigger.focus();
    fireEvent.keyDown(trigger, {key: 'Escape'});
    expect(wrapper.dataset.dismissed).toBe('true');
    fireEvent.blur(trigger);
    expect(wrapper.dataset.dismissed).toBeUndefined();
  });

  it('refuses to render without a definition', () => {
    expect(() => renderToHtml(<Term id="no-such-term" />)).toThrow(/no glossary entry/);
  });
});
