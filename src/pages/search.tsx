import {useState, useSyncExternalStore, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useIsBrowser from '@docusaurus/useIsBrowser';
import SearchResults, {partialNote} from '@site/src/components/search/SearchResults';
import {usePagefind, usePreloadSearch} from '@site/src/components/search/usePagefind';
import styles from '@site/src/components/search/styles.module.css';

const subscribeToNothing = () => () => undefined;
const queryInUrl = () => new URLSearchParams(window.location.search).get('q') ?? '';
const noQueryOnServer = () => null;

/** Keeps ?q= in the address bar so a result list can be shared or reloaded. */
function writeQueryToUrl(query: string): void {
  const url = new URL(window.location.href);
  if (query.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  window.history.replaceState(window.history.state, '', url);
}

// The form and results hold the page's state, below the layout: typing and each
// search result re-render them, not the navbar and footer.
function SearchPageBody(): ReactNode {
  const isBrowser = useIsBrowser();
  // null until hydrated: the server cannot know the ?q= of a visit.
  const urlQuery = useSyncExternalStore<string | null>(
    subscribeToNothing,
    queryInUrl,
    noQueryOnServer,
  );
  const [typed, setTyped] = useState<string | null>(null);
  // After hydration, once the page is idle: the index is ready when the reader starts typing.
  usePreloadSearch('idle');
  const query = typed ?? urlQuery;
  // The address's query is searched at once; typing waits for a pause.
  const {status, hits, partialFrom, term, suggestions} = usePagefind(query ?? '', {
    immediate: typed === null,
  });
  const search = (value: string) => {
    setTyped(value);
    writeQueryToUrl(value);
  };

  return (
    <>
      <form role="search" action="" onSubmit={(event) => event.preventDefault()}>
        <input
          type="search"
          name="q"
          className={styles.input}
          aria-label="검색어"
          placeholder="예: 네임스페이스, port is already allocated"
          value={query ?? ''}
          onChange={(event) => search(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          disabled={!isBrowser || query === null}
        />
      </form>
      <p className={styles.status} aria-live="polite">
        {status === 'loading'
          ? '찾는 중…'
          : status === 'done'
            ? `${hits.length}개 문서를 찾았습니다.${partialNote(partialFrom)}`
            : ''}
      </p>
      <SearchResults
        id="search-page-results"
        query={query ?? ''}
        status={status}
        hits={hits}
        partialFrom={partialFrom}
        term={term}
        suggestions={suggestions}
        onSuggest={search}
      />
    </>
  );
}

/** /search?q=…: the same results as the dialog, on a page whose URL can be shared. */
export default function SearchPage(): ReactNode {
  return (
    <Layout
      title="검색"
      description="도커 길잡이의 모든 장을 한국어와 영어로 검색합니다. 에러 메시지를 그대로 붙여 넣어도 됩니다."
    >
      <main className={`container margin-vert--lg ${styles.searchPage}`}>
        <Heading as="h1">검색</Heading>
        <noscript>
          <p className={styles.message}>
            검색은 브라우저 안에서 색인을 읽어 동작하므로 JavaScript가 필요합니다. 이 사이트는
            검색어를 어떤 서버에도 보내지 않고, 내려받은 색인을 여러분의 브라우저에서 직접
            찾아봅니다. JavaScript를 켠 뒤 이 페이지를 새로 고치거나, 위쪽의 학습 과정과 설치 가이드
            메뉴에서 장을 골라 읽어 주세요. 장의 글과 도식은 JavaScript 없이도 모두 읽을 수
            있습니다.
          </p>
        </noscript>
        <SearchPageBody />
      </main>
    </Layout>
  );
}
