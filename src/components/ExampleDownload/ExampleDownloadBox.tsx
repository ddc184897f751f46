import {useId, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import CodeBlock from '@site/src/theme/CodeBlock';
import type {ExampleArchiveInfo} from '@site/plugins/post-build-pipeline/example-archives';
import {formatSize, splitCode} from './format';
import type {ExampleRoute} from './routes';
import styles from './styles.module.css';

export interface ExampleDownloadBoxProps {
  readonly archive: ExampleArchiveInfo;
  readonly route: ExampleRoute;
}

const DOWNLOAD_ICON = 'M5 20h14v-2H5v2Zm7-3 6-6-1.4-1.4-3.6 3.6V3h-2v10.2L7.4 9.6 6 11l6 6Z';

function WithCode({sentence}: {readonly sentence: string}): ReactNode {
  return splitCode(sentence).map((piece, i) =>
    i % 2 === 1 ? <code key={i}>{piece}</code> : piece,
  );
}

/**
 * The download box at the top of a practice chapter: the example's archive, where to unpack it,
 * the folder to `cd` into, the same files in the playground, and a way to do without the
 * example's toolchain. Everything is in the server HTML.
 */
export default function ExampleDownloadBox({archive, route}: ExampleDownloadBoxProps): ReactNode {
  const titleId = `${useId().replace(/:/g, '')}-example-download`;
  const href = useBaseUrl(`/${archive.path}`);
  const fileName = archive.path.split('/').pop()!;
  const folder = `examples/${archive.name}`;
  // A plain link, no `download` attribute: Chromium sends an `<a download>` click past the
  // service worker, so offline it failed unless a script fetched the file instead, and a click
  // before hydration missed that script. A link is a navigation, which the worker answers with
  // the precached archive; a ZIP file is not shown but saved, and the page stays where it was.
  return (
    <aside className={styles.box} aria-labelledby={titleId} data-example-download={archive.name}>
      <p className={styles.title} id={titleId}>
        예제 파일
      </p>
      <p className={styles.download}>
        <a className={styles.link} href={href} type="application/zip">
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path fill="currentColor" d={DOWNLOAD_ICON} />
          </svg>
          {`${fileName} 내려받기`}
        </a>
        <span className={styles.meta}>
          {`ZIP 파일 · ${formatSize(archive.size)} · 파일 ${archive.fileCount}개`}
        </span>
      </p>
      <ol className={styles.steps}>
        <li>
          작업할 폴더(예: 홈 폴더)에 압축을 풉니다. 파일 관리자의 압축 풀기를 쓰거나, 터미널에서{' '}
          <code>{`unzip ${fileName}`}</code>(macOS, Linux) 또는 <code>{`tar -xf ${fileName}`}</code>
          (Windows 10 이상)을 실행합니다. <code>{`${folder}/`}</code> 폴더가 생깁니다.
        </li>
        <li>
          압축을 푼 폴더에서 다음 명령으로 예제 폴더에 들어갑니다: <code>{`cd ${folder}`}</code>. 이
          장에서 예제를 쓰는 명령은 이 폴더에서 실행합니다.
        </li>
      </ol>
      <p>
        <Link to="/playground">도커 놀이터</Link>에는 같은 파일이 <code>{`~/${folder}/`}</code>에
        읽기 전용으로 들어 있어, 홈 폴더(<code>~</code>)에서 같은 <code>cd</code> 명령이 그대로
        통합니다. 파일을 고치면 놀이터 세션의 사본만 바뀝니다.
      </p>
      <p>
        <WithCode sentence={route.note} />
      </p>
      {route.hostStep ? (
        <>
          <p>
            예제 폴더에서 <code>{route.hostStep.command}</code> 대신 다음 명령을 실행합니다.{' '}
            <code>-v &quot;$PWD&quot;:/app</code>은 지금 폴더를 컨테이너의 <code>/app</code>에
            연결하고(바인드 마운트), <code>-w /app</code>은 그 폴더에서 명령을 실행하게 합니다.
          </p>
          <CodeBlock language="bash" host="host-toolchain">
            {route.hostStep.inContainer}
          </CodeBlock>
          <p className={styles.shells}>
            PowerShell에서는 <code>&quot;$PWD&quot;:/app</code>을 <code>{'"${PWD}:/app"'}</code>
            으로, 명령 프롬프트에서는 <code>&quot;%cd%&quot;:/app</code>으로 바꿉니다.
          </p>
        </>
      ) : null}
    </aside>
  );
}
