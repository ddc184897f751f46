// @vitest-environment jsdom
import {describe, expect, it, vi} from 'vitest';
import './runButton';

describe('run buttons', () => {
  it('run inside an element that stops clicks from bubbling, like a solution in <details>', async () => {
    document.body.innerHTML = `
      <article><details open><summary>풀이</summary>
        <div class="dg-code"><pre>docker ps</pre><button type="button" data-dg-run="">실행해 보기</button></div>
      </details></article>`;
    // Docusaurus Details stops every click inside it from reaching the document.
    document
      .querySelector('details')!
      .addEventListener('click', (event) => event.stopPropagation());
    const button = document.querySelector<HTMLButtonElement>('button[data-dg-run]')!;
    button.click();
    expect(button.getAttribute('aria-busy')).toBe('true');
    // The run goes on: the terminal opens below the block and types it.
    await vi.waitFor(() => expect(document.querySelector('.dg-run-terminal')).not.toBeNull(), {
      timeout: 20_000,
    });
    await vi.waitFor(() => expect(button.hasAttribute('aria-busy')).toBe(false), {timeout: 20_000});
    expect(document.querySelector('.dg-run-terminal [role=log]')?.textContent).toContain(
      'docker ps',
    );
  });
});
