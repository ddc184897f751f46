import {useId, useState, type ChangeEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {
  PLAYGROUND_ID,
  countFinished,
  getProgressStore,
  nextChapter,
  quizAttempts,
  type ChapterProgress,
  type OutlinePart,
} from '@site/src/lib/progress';
import {QUIZ_VERSIONS} from '@site/src/data/quizzes/versions';
import {useHydrated, useProgress} from './useProgress';
import StorageNotice from './StorageNotice';
import styles from './styles.module.css';
import {formatKoreanDate} from '@site/src/lib/format/date';

interface Props {
  readonly parts: readonly OutlinePart[];
}

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `docker-gilajabi-progress-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function ChapterStatus({
  id,
  entry,
  hydrated,
}: {
  id: string;
  entry: ChapterProgress | undefined;
  hydrated: boolean;
}): ReactNode {
  if (!hydrated) return null;
  const parts: string[] = [
    entry?.read ? `읽음(${formatKoreanDate(entry.read, 'medium')})` : '읽지 않음',
  ];
  // Only a score of the quiz as it is now counts as its score; older ones are labelled.
  const version = QUIZ_VERSIONS[id];
  const {current, earlier} = version
    ? quizAttempts(entry, id, version)
    : {current: entry?.quiz, earlier: []};
  if (current) parts.push(`퀴즈 ${current.total}문제 중 ${current.correct}문제`);
  const previous = earlier[0];
  if (previous) parts.push(`이전 버전 퀴즈 ${previous.total}문제 중 ${previous.correct}문제`);
  if (entry?.tasks?.length) parts.push(`실습 ${entry.tasks.length}개 완료`);
  return (
    <span className={entry?.read ? styles.statusDone : styles.status}>{parts.join(' · ')}</span>
  );
}

/** 내 학습 현황: the whole course with the reader's progress, and the record's export, import and reset. */
export default function ProgressPage({parts}: Props): ReactNode {
  const hydrated = useHydrated();
  const {progress} = useProgress();
  const [message, setMessage] = useState<{text: string; error: boolean} | null>(null);
  const fileId = useId();
  const allIds = parts.flatMap((part) => part.chapters.map((chapter) => chapter.id));
  const overall = countFinished(progress, allIds);
  const next = nextChapter(parts, progress);
  const playgroundTasks = progress.chapters[PLAYGROUND_ID]?.tasks ?? [];

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const result = await getProgressStore().importJson(await file.text());
    input.value = '';
    setMessage(
      result.ok
        ? {text: `"${file.name}"에서 학습 기록을 가져왔습니다.`, error: false}
        : {text: result.error, error: true},
    );
  };

  const onReset = () => {
    if (!window.confirm('학습 기록을 모두 지울까요? 지운 기록은 되돌릴 수 없습니다.')) return;
    getProgressStore().reset();
    setMessage({text: '학습 기록을 모두 지웠습니다.', error: false});
  };

  return (
    <div className={styles.page}>
      <h1>내 학습 현황</h1>
      {hydrated ? (
        <>
          <p className={styles.summary}>
            전체 {overall.total}장 중 {overall.done}장을 읽었습니다.{' '}
            {next ? (
              <>
                다음 장: <Link to={next.href}>{next.title}</Link>
              </>
            ) : (
              '모든 장을 읽었습니다. 수고하셨습니다!'
            )}
          </p>
          <StorageNotice />
        </>
      ) : (
        <p className={styles.summary}>
          학습 기록은 이 브라우저에만 저장되며, 기록을 보고 관리하려면 JavaScript가 필요합니다.
          아래는 전체 과정의 목록입니다.
        </p>
      )}

      {parts.map((part) => {
        const count = countFinished(
          progress,
          part.chapters.map((chapter) => chapter.id),
        );
        return (
          <section key={part.title} className={styles.part}>
            <h2>
              {part.title}
              {hydrated && (
                <span className={styles.partCount}>
                  {' '}
                  ({count.done}/{count.total})
                </span>
              )}
            </h2>
            <ol className={styles.chapters}>
              {part.chapters.map((chapter) => (
                <li key={chapter.id} className={styles.chapter}>
                  <Link to={chapter.href}>{chapter.title}</Link>
                  <ChapterStatus
                    id={chapter.id}
                    entry={progress.chapters[chapter.id]}
                    hydrated={hydrated}
                  />
                </li>
              ))}
            </ol>
          </section>
        );
      })}

      {hydrated && playgroundTasks.length > 0 && (
        <section className={styles.part}>
          <h2>플레이그라운드 실습</h2>
          <p>완료한 실습: {playgroundTasks.join(', ')}</p>
        </section>
      )}

      <section className={styles.part} aria-labelledby={`${fileId}-manage`}>
        <h2 id={`${fileId}-manage`}>기록 관리</h2>
        <p>
          기록은 서버로 보내지 않고 이 브라우저의 저장소(localStorage)에만 둡니다. 다른 브라우저나
          기기로 옮기려면 파일로 내보낸 뒤 그곳에서 가져오세요.
        </p>
        {hydrated && (
          <>
            <div className={styles.actions}>
              <button
                type="button"
                className="button button--primary"
                onClick={() => download(getProgressStore().exportJson())}
              >
                파일로 내보내기
              </button>
              <label className="button button--secondary" htmlFor={`${fileId}-file`}>
                파일에서 가져오기
              </label>
              <input
                id={`${fileId}-file`}
                className={styles.fileInput}
                type="file"
                accept="application/json,.json"
                onChange={(event) => void onImport(event)}
              />
              <button type="button" className="button button--secondary" onClick={onReset}>
                기록 모두 지우기
              </button>
            </div>
            <p className={message?.error ? styles.error : styles.ok} role="status">
              {message?.text}
            </p>
          </>
        )}
      </section>
    </div>
  );
}
