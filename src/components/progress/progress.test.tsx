import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen} from '@testing-library/react';
import {hydrateRoot} from 'react-dom/client';
import {STORAGE_KEY, getProgressStore, type OutlinePart} from '@site/src/lib/progress';
import {isFinished} from '@site/src/lib/progress/course';
import type {QuizData} from '@site/src/data/quizzes/types';
import {renderToHtml, textOf} from '@site/tests/utils/ssr';
import Quiz from '@site/src/components/Quiz';
import {QUIZ_VERSIONS} from '@site/src/data/quizzes/versions';
import ProgressPage from './ProgressPage';
import ChapterDone from './ChapterDone';
import {useProgressValue} from './useProgress';

const parts: OutlinePart[] = [
  {
    title: '2부. 컨테이너의 원리',
    chapters: [
      {id: 'containers/namespaces', title: '네임스페이스', href: '/docs/containers/namespaces'},
      {id: 'containers/cgroups', title: 'cgroups', href: '/docs/containers/cgroups'},
    ],
  },
];

// jsdom's File has no text(); browsers do.
File.prototype.text ??= function text(this: File) {
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(this);
  });
};

beforeEach(() => {
  localStorage.clear();
  getProgressStore().reload();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('<ProgressPage>', () => {
  it('lists the whole course on the server, with a note that progress needs JavaScript', () => {
    const text = textOf(renderToHtml(<ProgressPage parts={parts} />));
    expect(text).toContain('2부. 컨테이너의 원리');
    expect(text).toContain('네임스페이스');
    expect(text).toContain('cgroups');
    expect(text).toContain('JavaScript가 필요합니다');
    expect(text).not.toContain('읽지 않음');
  });

  it('labels a score of an earlier version of a quiz, and still counts the chapter read', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 2,
        chapters: {
          'containers/namespaces': {
            read: '2026-11-02T12:00:00.000Z',
            quiz: {correct: 3, total: 5, at: '2026-11-02T12:00:00.000Z', version: '0badc0de'},
          },
        },
      }),
    );
    getProgressStore().reload();
    render(<ProgressPage parts={parts} />);
    expect(screen.getByText(/전체 2장 중 1장을 읽었습니다/)).toBeTruthy();
    expect(screen.getByText(/이전 버전 퀴즈 5문제 중 3문제/)).toBeTruthy();
    expect(screen.queryByText(/· 퀴즈 5문제 중 3문제/)).toBeNull();
  });

  it('shows status, quiz scores and the next chapter', () => {
    getProgressStore().markRead('containers/namespaces');
    getProgressStore().recordQuiz(
      'containers/namespaces',
      4,
      5,
      QUIZ_VERSIONS['containers/namespaces']!,
    );
    render(<ProgressPage parts={parts} />);
    expect(screen.getByText(/전체 2장 중 1장을 읽었습니다/)).toBeTruthy();
    expect(
      screen
        .getByText(/다음 장:/)
        .querySelector('a')
        ?.getAttribute('href'),
    ).toBe('/docs/containers/cgroups');
    expect(screen.getByText(/퀴즈 5문제 중 4문제/)).toBeTruthy();
    expect(screen.getByText('읽지 않음')).toBeTruthy();
    expect(screen.getByRole('heading', {name: /2부\. 컨테이너의 원리 \(1\/2\)/})).toBeTruthy();
  });

  it('imports a valid file and rejects a wrong one without changing anything', async () => {
    render(<ProgressPage parts={parts} />);
    const input = screen.getByLabelText('파일에서 가져오기') as HTMLInputElement;
    const good = new File(
      [JSON.stringify({version: 1, read: ['containers/cgroups'], quizzes: {}})],
      'old.json',
    );
    await act(async () => {
      fireEvent.change(input, {target: {files: [good]}});
    });
    expect(await screen.findByText('"old.json"에서 학습 기록을 가져왔습니다.')).toBeTruthy();
    const saved = localStorage.getItem(STORAGE_KEY);
    expect(JSON.parse(saved!).chapters['containers/cgroups'].read).toBeTruthy();

    const bad = new File(['{"version": 2, "chapters": 5}'], 'bad.json');
    await act(async () => {
      fireEvent.change(input, {target: {files: [bad]}});
    });
    expect(
      await screen.findByText(/^올바른 학습 기록 파일이 아닙니다: chapters 항목/),
    ).toBeTruthy();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
  });

  it('resets only after confirmation', () => {
    getProgressStore().markRead('containers/namespaces');
    render(<ProgressPage parts={parts} />);
    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    fireEvent.click(screen.getByRole('button', {name: '기록 모두 지우기'}));
    expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull();
    fireEvent.click(screen.getByRole('button', {name: '기록 모두 지우기'}));
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(screen.getByText('학습 기록을 모두 지웠습니다.')).toBeTruthy();
  });

  it('exports the record as a JSON download', () => {
    getProgressStore().markRead('containers/namespaces');
    const created = vi.fn((_blob: Blob) => 'blob:test');
    Object.assign(URL, {createObjectURL: created, revokeObjectURL: vi.fn()});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<ProgressPage parts={parts} />);
    fireEvent.click(screen.getByRole('button', {name: '파일로 내보내기'}));
    expect(click).toHaveBeenCalled();
    expect(created.mock.calls[0]![0].type).toBe('application/json');
  });

  it('shows a notice when the record cannot be saved', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    render(<ProgressPage parts={parts} />);
    act(() => getProgressStore().markRead('containers/namespaces'));
    expect(screen.getByText(/학습 기록을 저장할 수 없어/)).toBeTruthy();
    expect(screen.getByText(/전체 2장 중 1장을 읽었습니다/)).toBeTruthy();
  });
});

describe('<ChapterDone>', () => {
  it('renders no controls on the server', () => {
    expect(textOf(renderToHtml(<ChapterDone docId="containers/namespaces" />))).toBe('');
  });

  it('toggles the read mark with the button', () => {
    render(<ChapterDone docId="containers/namespaces" />);
    const button = screen.getByRole('button', {name: '이 장을 읽었습니다'});
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(
      getProgressStore().getSnapshot().progress.chapters['containers/namespaces']?.read,
    ).toBeTruthy();
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/에 이 장을 읽었습니다\.$/)).toBeTruthy();
    fireEvent.click(button);
    expect(
      getProgressStore().getSnapshot().progress.chapters['containers/namespaces'],
    ).toBeUndefined();
  });
});

describe('<Quiz> records its score', () => {
  const quiz: QuizData = {
    id: 'containers/namespaces',
    questions: [
      {prompt: '첫 질문', choices: ['가', '나'], answer: 1, explanation: '나가 맞습니다.'},
      {prompt: '둘째 질문', choices: ['다', '라'], answer: 0, explanation: '다가 맞습니다.'},
    ],
  };

  it('only when every question is answered', () => {
    render(<Quiz quiz={quiz} />);
    fireEvent.click(screen.getByLabelText('나'));
    fireEvent.click(screen.getAllByRole('button', {name: '정답 확인'})[0]!);
    expect(getProgressStore().getSnapshot().progress.chapters[quiz.id]).toBeUndefined();
    fireEvent.click(screen.getByLabelText('라'));
    fireEvent.click(screen.getByRole('button', {name: '정답 확인'}));
    expect(getProgressStore().getSnapshot().progress.chapters[quiz.id]?.quiz).toMatchObject({
      correct: 1,
      total: 2,
    });
  });
});

describe('useProgressValue', () => {
  function Mark({docId, onRender}: {docId: string; onRender: () => void}) {
    const done = useProgressValue(({progress}) => isFinished(progress, docId));
    onRender();
    return <span>{done ? '읽음' : '안 읽음'}</span>;
  }

  async function hydrateCounting(docId: string): Promise<{renders: number; text: string}> {
    const container = document.createElement('div');
    container.innerHTML = renderToHtml(<Mark docId={docId} onRender={() => {}} />);
    document.body.append(container);
    let renders = 0;
    await act(async () => {
      hydrateRoot(container, <Mark docId={docId} onRender={() => (renders += 1)} />);
    });
    const text = container.textContent ?? '';
    container.remove();
    return {renders, text};
  }

  it('does not re-render after hydration when the value equals the server one', async () => {
    expect(await hydrateCounting('containers/namespaces')).toEqual({renders: 1, text: '안 읽음'});
  });

  it('re-renders with the stored value once hydrated', async () => {
    getProgressStore().markRead('containers/namespaces');
    expect(await hydrateCounting('containers/namespaces')).toEqual({renders: 2, text: '읽음'});
  });
});
