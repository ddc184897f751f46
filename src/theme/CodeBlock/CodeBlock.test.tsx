import {afterEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen} from '@testing-library/react';
import {hydrateRoot} from 'react-dom/client';
import {renderToHtml} from '@site/tests/utils/ssr';
import CodeBlock, {type CodeBlockProps} from '.';

const HTML =
  '<span class="token function">docker</span> ps <span class="token parameter variable">-a</span>';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CodeBlock', () => {
  it('puts the build-time HTML and the title in the server HTML', () => {
    const html = renderToHtml(<CodeBlock language="bash" title="목록 보기" html={HTML} />);
    expect(html).toContain(HTML);
    expect(html).toContain('목록 보기');
    expect(html).toContain('language-bash');
  });

  it('shows plain children when no HTML was made at build time', () => {
    render(<CodeBlock className="language-text">{'a < b'}</CodeBlock>);
    expect(screen.getByText('a < b').tagName).toBe('CODE');
  });

  it('copies the text of the code, not the markup, and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', {...navigator, clipboard: {writeText}});
    render(<CodeBlock language="bash" html={HTML} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', {name: '코드 복사'}));
    });
    expect(writeText).toHaveBeenCalledWith('docker ps -a');
    expect(screen.getByRole('button', {name: '복사했습니다'})).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('복사했습니다');
  });

  it('labels a block for the reader’s own machine in the server HTML and describes the code with it', () => {
    const html = renderToHtml(<CodeBlock language="bash" host="kernel" html={HTML} />);
    expect(html).toContain('data-host="kernel"');
    const document = new DOMParser().parseFromString(html, 'text/html');
    const label = document.querySelector('[id$="-host"]')!;
    expect(label.textContent).toMatch(/^내 컴퓨터에서/);
    expect(document.querySelector('pre')!.getAttribute('aria-describedby')).toBe(label.id);
  });

  it('has no label, caption or description on a plain block', () => {
    const html = renderToHtml(<CodeBlock language="bash" html={HTML} />);
    expect(html).not.toContain('내 컴퓨터에서');
    expect(html).not.toContain('aria-describedby');
    expect(html).not.toMatch(/data-(?!dg-run)/);
    expect(html).toMatch(/^<div class="dg-code/);
  });

  it('puts a run button in the server HTML of a runnable bash block, hidden without JavaScript', () => {
    const html = renderToHtml(<CodeBlock language="bash" html={HTML} />);
    const document = new DOMParser().parseFromString(html, 'text/html');
    const buttons = document.querySelectorAll('button[data-dg-run]');
    expect(buttons).toHaveLength(1);
    const button = buttons[0]!;
    expect(button.textContent).toBe('▶ 실행해 보기');
    expect(button.classList.contains('dg-js-only')).toBe(true);
    expect(button.getAttribute('type')).toBe('button');
    // The triangle is decoration; the name is the visible words.
    expect(button.querySelector('[aria-hidden="true"]')!.textContent).toBe('▶ ');
    // Outside the code, so copying the block never copies the button.
    expect(document.querySelector('pre')!.contains(button)).toBe(false);
  });

  it.each<[string, CodeBlockProps]>([
    ['a block for the reader’s own machine', {language: 'bash', host: 'install', html: HTML}],
    ['PowerShell', {language: 'powershell', html: 'docker ps'}],
    ['output', {language: 'text', output: true, html: 'CONTAINER ID'}],
    ['a Dockerfile', {language: 'dockerfile', html: 'FROM nginx'}],
    ['a sh block', {language: 'sh', html: 'docker ps'}],
  ])('has no run button on %s', (_case, props) => {
    expect(renderToHtml(<CodeBlock {...props} />)).not.toContain('data-dg-run');
  });

  it('reads the language from the class name as well', () => {
    expect(renderToHtml(<CodeBlock className="language-bash">docker ps</CodeBlock>)).toContain(
      'data-dg-run',
    );
  });

  it('captions an example as one, in a figure the code refers to', () => {
    const html = renderToHtml(<CodeBlock language="text" example html="abc123" />);
    const document = new DOMParser().parseFromString(html, 'text/html');
    const figure = document.querySelector('figure')!;
    expect(figure.hasAttribute('data-example')).toBe(true);
    const caption = figure.querySelector('figcaption')!;
    expect(caption.textContent).toMatch(/^예시/);
    expect(figure.querySelector('pre')!.getAttribute('aria-describedby')).toBe(caption.id);
  });

  it('captions text from a source file with its source, and marks output', () => {
    const source = 'docker/cli@v29.0.0 cli/command/container/run.go';
    const html = renderToHtml(<CodeBlock language="text" output source={source} html="Usage:" />);
    const document = new DOMParser().parseFromString(html, 'text/html');
    const figure = document.querySelector('figure')!;
    expect(figure.getAttribute('data-source')).toBe(source);
    expect(figure.hasAttribute('data-output')).toBe(true);
    expect(figure.querySelector('figcaption')!.textContent).toBe(`출처: ${source}`);
  });

  it('marks output alone without a caption', () => {
    const html = renderToHtml(<CodeBlock language="text" output html="Usage:" />);
    expect(html).toContain('data-output=""');
    expect(html).not.toContain('figcaption');
  });

  it('numbers lines from the given first number, sizing the column for the last', () => {
    const lines = Array.from({length: 3}, (_, i) => `<span class="dg-code__line">${i}</span>`);
    const html = renderToHtml(
      <CodeBlock language="text" showLineNumbers={98} html={lines.join('\n')} />,
    );
    expect(html).toMatch(
      /<code class="[^"]*numbered[^"]*" style="counter-reset:dg-line 97;--dg-line-number-digits:3">/,
    );
    expect(renderToHtml(<CodeBlock language="text" html={lines.join('\n')} />)).toContain('<code>');
  });

  it.each<[string, CodeBlockProps]>([
    ['plain', {language: 'bash', html: HTML}],
    [
      'host, title and line numbers',
      {language: 'bash', host: 'install', title: '설치', showLineNumbers: true, html: HTML},
    ],
    ['example', {language: 'text', example: true, html: 'abc'}],
    ['source', {language: 'text', output: true, source: 'docker/cli@v29.0.0 a.go', html: 'x'}],
  ])('hydrates the %s server HTML without a change', async (_case, props) => {
    const serverHtml = renderToHtml(<CodeBlock {...props} />);
    const container = document.createElement('div');
    container.innerHTML = serverHtml;
    document.body.append(container);
    const errors: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => {
      errors.push(args);
    });
    const root = await act(async () =>
      hydrateRoot(container, <CodeBlock {...props} />, {
        onRecoverableError: (error) => errors.push(error),
      }),
    );
    consoleError.mockRestore();
    expect(errors).toEqual([]);
    expect(container.innerHTML).toBe(serverHtml);
    act(() => root.unmount());
    container.remove();
  });

  // Last in the file: the page's shared observer is made with the fake ResizeObserver.
  it('shows the wrap button while a line overflows, and wraps the lines with it', () => {
    class ImmediateObserver {
      constructor(private readonly callback: (entries: Array<{target: Element}>) => void) {}
      observe(target: Element) {
        this.callback([{target}]);
      }
      unobserve() {}
    }
    vi.stubGlobal('ResizeObserver', ImmediateObserver);
    const scrollWidth = vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
    const clientWidth = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(360);
    try {
      const {container} = render(<CodeBlock html={HTML} language="bash" />);
      const block = container.querySelector('.dg-code')!;
      expect(block.hasAttribute('data-overflows')).toBe(true);
      const wrap = screen.getByRole('button', {name: '긴 줄 접어 보기'});
      expect(wrap.getAttribute('aria-pressed')).toBe('false');
      fireEvent.click(wrap);
      expect(wrap.getAttribute('aria-pressed')).toBe('true');
      expect(block.classList.contains('wrapped')).toBe(true);
    } finally {
      scrollWidth.mockRestore();
      clientWidth.mockRestore();
    }
  });
});
