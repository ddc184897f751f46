import {afterEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen} from '@testing-library/react';
import {renderToHtml} from '@site/tests/utils/ssr';
import CodeBlock from '.';

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
});
