import {describe, expect, it} from 'vitest';
import {fireEvent, render, screen} from '@testing-library/react';
import {glossary} from '@site/src/data/glossary';
import {renderToHtml, textOf} from '@site/tests/utils/ssr';
import Term from '.';

const entry = glossary[0];

describe.runIf(entry)('<Term>', () => {
  it('puts the definition in the server HTML, linked by aria-describedby', () => {
    const html = renderToHtml(<Term id={entry!.id}>용어</Term>);
    expect(textOf(html)).toContain(entry!.definition);
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toContain(`id="${describedBy}"`);
    expect(html).toContain('role="tooltip"');
  });

  it('closes on Escape and reopens after focus leaves', () => {
    render(<Term id={entry!.id}>용어</Term>);
    const trigger = screen.getByRole('button', {name: '용어'});
    const wrapper = trigger.parentElement!;
    trigger.focus();
    fireEvent.keyDown(trigger, {key: 'Escape'});
    expect(wrapper.dataset.dismissed).toBe('true');
    fireEvent.blur(trigger);
    expect(wrapper.dataset.dismissed).toBeUndefined();
  });

  it('rejects an unknown id', () => {
    expect(() => renderToHtml(<Term id="no-such-term" />)).toThrow(/unknown glossary id/);
  });
});
