import {useEffect, useId, useState, type ReactNode} from 'react';
import {useStorageSlot} from '@docusaurus/theme-common';
import {useHistory, useLocation} from './router';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {detectFromNavigator} from '@site/src/lib/platform/browser';
import {
  OS_TAB_VALUES,
  detectPlatform,
  isOsTabValue,
  osTabFor,
  type DetectedArch,
  type DetectedPlatform,
  type OsTabValue,
} from '@site/src/lib/platform/detect';
import type {DeviceOs} from '@site/src/lib/platform/early';
import {
  ARCH_STORAGE_KEY,
  DISTRO_TAB_STORAGE_KEY,
  OS_TAB_STORAGE_KEY,
  SHELL_TAB_STORAGE_KEY,
} from './storage';
import {ARCH_CHOICES, NOTE_TEXT, OS_LABELS, archLabel} from './text';
import styles from './styles.module.css';

interface DetectedEnvironmentProps {
  /** The OS this page is about, if any; a reader on another OS gets a link to their page. */
  readonly page?: OsTabValue;
}

const PAGE_PATHS: Readonly<Record<OsTabValue, string>> = {
  windows: '/docs/install/windows',
  mac: '/docs/install/mac',
  linux: '/docs/install/linux',
};

const NOSCRIPT_MESSAGE =
  'JavaScript가 꺼져 있어 운영체제를 자동으로 감지하지 않았습니다. 아래의 운영체제별 안내는 Windows, macOS, Linux 순서로 모두 펼쳐져 있습니다.';

function isArch(value: string | null): value is Exclude<DetectedArch, 'unknown'> {
  return value === 'x86-64' || value === 'arm64';
}

/**
 * What to do on a device where Docker Desktop cannot run. All three are in the HTML and CSS shows
 * the one that matches the `data-dg-os` mark the early script puts on <html> before the first
 * paint (src/lib/platform/early.ts): shown from the start, they never push the page down.
 */
function DeviceNotices(): ReactNode {
  const mobileNotice = (os: Extract<DeviceOs, 'android' | 'ios'>) => (
    <div className={styles.notice} data-dg-notice={os} role="note" key={os}>
      <p
        className={styles.noticeTitle}
      >{`${OS_LABELS[os]}에서는 Docker Desktop도 Docker Engine도 설치할 수 없습니다`}</p>
      <ul>
        <li>
          지금 이 기기에서는 브라우저 안에서 명령을 연습하는{' '}
          <Link to="/playground">도커 놀이터</Link>를 쓸 수 있습니다.
        </li>
        <li>
          클라우드 사업자의 Linux 가상 머신(VM)을 하나 만들고 SSH 앱으로 접속하면, 아래 Linux
          안내대로 Docker Engine을 설치해 쓸 수 있습니다.
        </li>
        <li>
          Windows, macOS, Linux PC가 있다면 그 PC에서 이 페이지를 다시 여세요. 운영체제를 자동으로
          골라 줍니다.
        </li>
      </ul>
    </div>
  );
  return (
    <>
      {mobileNotice('android')}
      {mobileNotice('ios')}
      <div className={styles.notice} data-dg-notice="chromeos" role="note">
        <p className={styles.noticeTitle}>ChromeOS에서는 Docker Desktop을 설치할 수 없습니다</p>
        <ul>
          <li>
            설정 &gt; 정보 &gt; 개발자에서 <strong>Linux 개발 환경</strong>(Crostini)을 켜면 그 안의
            Debian에 Docker Engine을 설치할 수 있습니다. 아래 Linux 탭의 Debian 안내를 따르세요.
            학교나 회사에서 관리하는 기기는 관리자가 이 기능을 막아 두었을 수 있습니다.
          </li>
          <li>클라우드의 Linux 가상 머신에 접속해 Linux 안내대로 설치하는 방법도 있습니다.</li>
          <li>
            설치 없이 명령부터 익히려면 <Link to="/playground">도커 놀이터</Link>를 쓰세요.
          </li>
        </ul>
      </div>
    </>
  );
}

/**
 * "감지된 환경: macOS · Apple silicon — 바꾸기": shows what the browser reports,
 * lets the reader correct it, and stores the choice where Docusaurus'
 * `<Tabs groupId="os">` reads it, so every OS tab on the site follows.
 */
export default function DetectedEnvironment({page}: DetectedEnvironmentProps): ReactNode {
  const [storedOs, osSlot] = useStorageSlot(OS_TAB_STORAGE_KEY);
  const [storedArch, archSlot] = useStorageSlot(ARCH_STORAGE_KEY);
  const [, shellSlot] = useStorageSlot(SHELL_TAB_STORAGE_KEY);
  const [, distroSlot] = useStorageSlot(DISTRO_TAB_STORAGE_KEY);
  const location = useLocation();
  const history = useHistory();
  const [detected, setDetected] = useState<DetectedPlatform | null>(null);
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const baseId = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const pickerId = `dg-env-picker-${baseId}`;

  // The server renders without a query string; reading it only after hydration
  // keeps the first client render identical to the static HTML.
  const isBrowser = useIsBrowser();
  const queryOs = isBrowser ? new URLSearchParams(location.search).get('os') : null;

  useEffect(() => {
    let live = true;
    detectFromNavigator(window.navigator)
      .catch(() => detectPlatform({userAgent: window.navigator.userAgent}))
      .then((result) => {
        if (live) setDetected(result);
      });
    return () => {
      live = false;
    };
  }, []);

  // Write what was detected only into groups the reader has never chosen:
  // the OS, the likely shell (PowerShell on Windows, bash/zsh elsewhere) and
  // the Linux distribution when the user agent names it.
  useEffect(() => {
    if (!detected) return;
    const tab = osTabFor(detected.os);
    if (tab && osSlot.get() === null) osSlot.set(tab);
    if (
      (detected.shell === 'powershell' || detected.shell === 'bash') &&
      shellSlot.get() === null
    ) {
      shellSlot.set(detected.shell);
    }
    if (detected.distro && distroSlot.get() === null) distroSlot.set(detected.distro);
  }, [detected, osSlot, shellSlot, distroSlot]);

  // An unknown `?os=` value is dropped, so the Tabs fall back to the stored choice.
  useEffect(() => {
    if (queryOs === null || isOsTabValue(queryOs)) return;
    const params = new URLSearchParams(location.search);
    params.delete('os');
    const search = params.toString();
    history.replace({...location, search: search ? `?${search}` : ''});
  }, [queryOs, location, history]);

  const detectedTab = detected ? osTabFor(detected.os) : null;
  const chosenOs: OsTabValue | null = isOsTabValue(queryOs)
    ? queryOs
    : isOsTabValue(storedOs)
      ? storedOs
      : detectedTab;
  const detectedArch: DetectedArch =
    detected && detected.archCertain && chosenOs === detectedTab ? detected.arch : 'unknown';
  const chosenArch: DetectedArch = isArch(storedArch) ? storedArch : detectedArch;
  const matchesDetection =
    detected !== null &&
    chosenOs === detectedTab &&
    (!isArch(storedArch) || storedArch === detectedArch);

  let summary: string;
  if (!detected && !chosenOs) summary = '확인하는 중…';
  else if (!chosenOs) summary = detected ? OS_LABELS[detected.os] : '확인하는 중…';
  else summary = `${OS_LABELS[chosenOs]} · ${archLabel(chosenOs, chosenArch)}`;

  const chooseOs = (value: OsTabValue) => {
    osSlot.set(value);
    if (queryOs !== null) {
      const params = new URLSearchParams(location.search);
      params.set('os', value);
      history.replace({...location, search: `?${params.toString()}`});
    }
    setAnnouncement(
      `${OS_LABELS[value]}을(를) 골랐습니다. 사이트의 운영체제 탭이 모두 ${OS_LABELS[value]}로 바뀝니다.`,
    );
  };

  const chooseArch = (value: Exclude<DetectedArch, 'unknown'>) => {
    archSlot.set(value);
    setAnnouncement(`CPU를 ${archLabel(chosenOs ?? 'linux', value)}(으)로 골랐습니다.`);
  };

  const archNote =
    detected &&
    chosenArch === 'unknown' &&
    chosenOs === detectedTab &&
    detected.note &&
    detected.note in NOTE_TEXT
      ? NOTE_TEXT[detected.note as keyof typeof NOTE_TEXT]
      : null;

  return (
    <aside className={styles.box} aria-label="감지된 환경">
      <noscript
        dangerouslySetInnerHTML={{
          __html:
            `<style>.dg-env-live{display:none}</style>` +
            `<p class="${styles.noscript}">${NOSCRIPT_MESSAGE}</p>`,
        }}
      />
      <p className={`${styles.line} dg-env-live`}>
        <strong>{matchesDetection || !chosenOs ? '감지된 환경:' : '선택한 환경:'}</strong>{' '}
        <span data-testid="dg-env-summary">{summary}</span>
        <span aria-hidden="true"> — </span>
        <button
          type="button"
          className={styles.change}
          aria-expanded={open}
          aria-controls={pickerId}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? '닫기' : '바꾸기'}
        </button>
      </p>
      {archNote ? <p className={styles.hint}>{archNote}</p> : null}
      {page && chosenOs && chosenOs !== page ? (
        <p className={styles.hint}>
          이 페이지는 {OS_LABELS[page]} 설치 안내입니다.{' '}
          <Link to={PAGE_PATHS[chosenOs]}>{OS_LABELS[chosenOs]} 설치 안내로 가기</Link>
        </p>
      ) : null}
      <DeviceNotices />
      <div id={pickerId} className={styles.picker} hidden={!open}>
        <fieldset className={styles.group}>
          <legend>운영체제</legend>
          {OS_TAB_VALUES.map((value) => (
            <label key={value} className={styles.option}>
              <input
                type="radio"
                name={`${pickerId}-os`}
                value={value}
                checked={chosenOs === value}
                onChange={() => chooseOs(value)}
              />{' '}
              {OS_LABELS[value]}
            </label>
          ))}
        </fieldset>
        {chosenOs ? (
          <fieldset className={styles.group}>
            <legend>CPU</legend>
            {ARCH_CHOICES[chosenOs].map((choice) => (
              <label key={choice.value} className={styles.option}>
                <input
                  type="radio"
                  name={`${pickerId}-arch`}
                  value={choice.value}
                  checked={chosenArch === choice.value}
                  onChange={() => chooseArch(choice.value)}
                />{' '}
                {choice.label}
              </label>
            ))}
          </fieldset>
        ) : null}
        <p className={styles.small}>
          고른 값은 이 브라우저에 저장되어 사이트의 모든 운영체제 탭에 적용됩니다.
        </p>
      </div>
      <p className="dg-sr-only" aria-live="polite">
        {announcement}
      </p>
    </aside>
  );
}
