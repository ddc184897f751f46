import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import EnvPrecedence from '.';

afterEach(cleanup);

const button = (name: string): HTMLElement => screen.getByRole('button', {name});
const statusOf = (container: HTMLElement, id: string): string | null =>
  container.querySelector(`[data-source="${id}"]`)?.getAttribute('data-status') ?? null;

describe('EnvPrecedence on the server', () => {
  const html = renderToHtml(<EnvPrecedence />);
  const text = textOf(html);

  it('shows every source in order with its snippet, and the winner', () => {
    const order = [
      '명령줄 run -e',
      'environment: 보간한 값',
      '셸 환경 변수',
      '--env-file 파일',
      '.env 파일',
      'environment: 적은 값',
      'env_file: 파일',
      '이미지의 ENV',
    ];
    const positions = order.map((label) => text.indexOf(label));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('docker compose run -e NODE_ENV=debug web');
    expect(text).toContain('ENV NODE_ENV=production');
    expect(text).toContain('컨테이너 안: NODE_ENV=debug');
    expect(html).toContain('<figcaption');
  });

  it('keeps the switches out of the no-script view', () => {
    expect(html.match(/<button[^>]*>/g)?.every((b) => b.includes('dg-js-only'))).toBe(true);
  });

  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<EnvPrecedence />);
  });
});

describe('EnvPrecedence in the browser', () => {
  it('switching sources off moves the win down the stack and announces it', () => {
    const {container} = render(<EnvPrecedence />);
    const result = screen.getByTestId('env-precedence-result');
    expect(button('명령줄 run -e').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button('명령줄 run -e'));
    expect(button('명령줄 run -e').getAttribute('aria-pressed')).toBe('false');
    expect(result.textContent).toContain('NODE_ENV=staging');
    expect(statusOf(container, 'run-e')).toBe('off');
    expect(statusOf(container, 'interpolated')).toBe('wins');
    expect(screen.getByTestId('env-precedence-announcement').textContent).toContain(
      '셸 환경 변수에서 왔습니다',
    );
    fireEvent.click(button('셸 환경 변수'));
    expect(result.textContent).toContain('NODE_ENV=qa');
    expect(statusOf(container, 'dotenv')).toBe('ignored');
    fireEvent.click(button('--env-file 파일'));
    fireEvent.click(button('.env 파일'));
    expect(result.textContent).toContain('NODE_ENV=');
    expect(result.textContent).toContain('Defaulting to a blank string');
    fireEvent.click(button('environment: 보간한 값'));
    expect(result.textContent).toContain('NODE_ENV=development');
    fireEvent.click(button('environment: 적은 값'));
    fireEvent.click(button('env_file: 파일'));
    expect(result.textContent).toContain('NODE_ENV=production');
    fireEvent.click(button('이미지의 ENV'));
    expect(result.textContent).toContain('(NODE_ENV 없음)');
  });
});
