import {act, cleanup, fireEvent, render, screen} from '@testing-library/react';
import {useSyncExternalStore} from 'react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {renderToHtml, textOf} from '@site/tests/utils/ssr';

// In-memory stand-in for Docusaurus' storage slots: same API, same
// "notify every subscriber on set" behaviour as the real createStorageSlot.
const store = vi.hoisted(() => {
  const values = new Map<string, string>();
  const listeners = new Set<() => void>();
  return {
    values,
    listeners,
    set(key: string, value: string) {
      values.set(key, value);
      listeners.forEach((listener) => listener());
    },
  };
});

vi.mock('@docusaurus/theme-common', () => ({
  useStorageSlot(key: string) {
    const slot = {
      get: () => store.values.get(key) ?? null,
      set: (value: string) => store.set(key, value),
      del: () => store.values.delete(key),
      listen: (onChange: () => void) => {
        store.listeners.add(onChange);
        return () => store.listeners.delete(onChange);
      },
    };
    const value = useSyncExternalStore(slot.listen, slot.get, () => null);
    return [value, slot];
  },
}));

const router = vi.hoisted(() => ({
  location: {pathname: '/docs/install/mac', search: '', hash: ''},
  replace: (() => undefined) as (location: {search: string}) => void,
}));

vi.mock('./router', () => ({
  useLocation: () => router.location,
  useHistory: () => ({replace: router.replace}),
}));

import DetectedEnvironment from './index';

interface FakeNavigator {
  userAgent: string;
  platform: string;
  maxTouchPoints: number;
  userAgentData?: {
    platform: string;
    mobile: boolean;
    architecture?: string;
    bitness?: string;
    platformVersion?: string;
  };
}

function useNavigator(fake: FakeNavigator) {
  const nav = window.navigator as unknown as Record<string, unknown>;
  Object.defineProperty(nav, 'userAgent', {value: fake.userAgent, configurable: true});
  Object.defineProperty(nav, 'platform', {value: fake.platform, configurable: true});
  Object.defineProperty(nav, 'maxTouchPoints', {value: fake.maxTouchPoints, configurable: true});
  const data = fake.userAgentData;
  Object.defineProperty(nav, 'userAgentData', {
    value: data
      ? {
          platform: data.platform,
          mobile: data.mobile,
          getHighEntropyValues: async () => ({...data}),
        }
      : undefined,
    configurable: true,
  });
}

const MAC_CHROME_ARM: FakeNavigator = {
  userAgent:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  platform: 'MacIntel',
  maxTouchPoints: 0,
  userAgentData: {
    platform: 'macOS',
    mobile: false,
    architecture: 'arm',
    bitness: '64',
    platformVersion: '26.1.0',
  },
};
const MAC_SAFARI: FakeNavigator = {
  userAgent:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  platform: 'MacIntel',
  maxTouchPoints: 0,
};
const ANDROID: FakeNavigator = {
  userAgent:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
  platform: 'Linux armv81',
  maxTouchPoints: 5,
  userAgentData: {platform: 'Android', mobile: true},
};
const CHROMEOS: FakeNavigator = {
  userAgent:
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  platform: 'Linux x86_64',
  maxTouchPoints: 0,
};

async function renderAndDetect(element = <DetectedEnvironment />) {
  const view = render(element);
  await act(async () => {
    await Promise.resolve();
    await Promise.resolve();
  });
  return view;
}

beforeEach(() => {
  store.values.clear();
  store.listeners.clear();
  router.location = {pathname: '/docs/install/mac', search: '', hash: ''};
  router.replace = vi.fn((location: {search: string}) => {
    router.location = {...router.location, search: location.search};
  });
});

afterEach(() => cleanup());

describe('DetectedEnvironment on the server', () => {
  it('renders the whole control and the no-JavaScript fallback into the static HTML', () => {
    const html = renderToHtml(<DetectedEnvironment page="mac" />);
    const text = textOf(html);
    expect(text).toContain('감지된 환경:');
    expect(text).toContain('바꾸기');
    for (const label of ['Windows', 'macOS', 'Linux']) expect(text).toContain(label);
    // Without JS the live control hides and a note explains that every OS is shown below.
    expect(html).toContain('<noscript>');
    expect(html).toContain('JavaScript가 꺼져 있어');
    expect(html).toContain('aria-expanded="false"');
  });
});

describe('DetectedEnvironment in the browser', () => {
  it('shows "macOS · Apple silicon" from client hints and stores mac for the Tabs', async () => {
    useNavigator(MAC_CHROME_ARM);
    await renderAndDetect();
    expect(screen.getByTestId('dg-env-summary').textContent).toBe('macOS · Apple silicon');
    expect(screen.getByText('감지된 환경:')).toBeTruthy();
    expect(store.values.get('docusaurus.tab.os')).toBe('mac');
    expect(store.values.get('docusaurus.tab.shell')).toBe('bash');
    expect(store.values.has('docusaurus.tab.distro')).toBe(false);
  });

  it('preselects PowerShell for Windows and the distribution a Linux browser names, unless already chosen', async () => {
    store.values.set('docusaurus.tab.shell', 'cmd');
    useNavigator({
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0',
      platform: 'Win32',
      maxTouchPoints: 0,
    });
    await renderAndDetect();
    expect(store.values.get('docusaurus.tab.os')).toBe('windows');
    expect(store.values.get('docusaurus.tab.shell')).toBe('cmd');
    cleanup();
    store.values.clear();
    useNavigator({
      userAgent: 'Mozilla/5.0 (X11; Fedora; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0',
      platform: 'Linux x86_64',
      maxTouchPoints: 0,
    });
    await renderAndDetect();
    expect(store.values.get('docusaurus.tab.distro')).toBe('fedora');
    expect(store.values.get('docusaurus.tab.shell')).toBe('bash');
    expect(screen.getByTestId('dg-env-summary').textContent).toBe('Linux · x86-64');
  });

  it('never overwrites a choice the reader made before', async () => {
    store.values.set('docusaurus.tab.os', 'linux');
    useNavigator(MAC_CHROME_ARM);
    await renderAndDetect();
    expect(store.values.get('docusaurus.tab.os')).toBe('linux');
    expect(screen.getByText('선택한 환경:')).toBeTruthy();
    expect(screen.getByTestId('dg-env-summary').textContent).toContain('Linux');
  });

  it('says the CPU is unknown on Safari, and explains how to check', async () => {
    useNavigator(MAC_SAFARI);
    await renderAndDetect();
    expect(screen.getByTestId('dg-env-summary').textContent).toBe('macOS · CPU 확인 필요');
    expect(document.body.textContent).toContain('Apple silicon Mac에서도 "Intel"이라고 보고');
  });

  it('lets the reader change OS and CPU with radio buttons, and announces it', async () => {
    useNavigator(MAC_SAFARI);
    await renderAndDetect();
    const toggle = screen.getByRole('button', {name: '바꾸기'});
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('radio', {name: /Apple silicon/}));
    expect(store.values.get('dg.platform.arch')).toBe('arm64');
    expect(screen.getByTestId('dg-env-summary').textContent).toBe('macOS · Apple silicon');
    fireEvent.click(screen.getByRole('radio', {name: 'Windows'}));
    expect(store.values.get('docusaurus.tab.os')).toBe('windows');
    expect(screen.getByTestId('dg-env-summary').textContent).toContain('Windows');
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toContain('Windows');
  });

  it('offers the right install page when the chosen OS differs from the page', async () => {
    useNavigator(MAC_CHROME_ARM);
    await renderAndDetect(<DetectedEnvironment page="windows" />);
    const link = screen.getByRole('link', {name: 'macOS 설치 안내로 가기'});
    expect(link.getAttribute('href')).toBe('/docs/install/mac');
  });

  it('follows a valid ?os= and leaves the stored choice alone', async () => {
    store.values.set('docusaurus.tab.os', 'mac');
    router.location = {...router.location, search: '?os=linux'};
    useNavigator(MAC_CHROME_ARM);
    await renderAndDetect();
    expect(screen.getByTestId('dg-env-summary').textContent).toContain('Linux');
    expect(store.values.get('docusaurus.tab.os')).toBe('mac');
    expect(router.replace).not.toHaveBeenCalled();
  });

  it('drops an unknown ?os= value without an error', async () => {
    router.location = {...router.location, search: '?os=bogus&x=1'};
    useNavigator(MAC_CHROME_ARM);
    await renderAndDetect();
    expect(router.replace).toHaveBeenCalledWith(expect.objectContaining({search: '?x=1'}));
    expect(screen.getByTestId('dg-env-summary').textContent).toBe('macOS · Apple silicon');
  });

  // Which notice shows is CSS's job (html[data-dg-os] from the early script, unit-tested in
  // src/lib/platform/detect.test.ts, seen in a browser in tests/e2e/install.e2e.ts); here: that
  // every notice is in the server HTML, so it needs no re-render and pushes nothing down.
  const noticeHtml = (html: string, os: string): string => {
    const start = html.indexOf(`data-dg-notice="${os}"`);
    return start < 0 ? '' : html.slice(start, html.indexOf('</div>', start));
  };
  const notice = (html: string, os: string): string => textOf(noticeHtml(html, os));

  it('has a notice for Android, iOS and ChromeOS readers in the server HTML', () => {
    const html = renderToHtml(<DetectedEnvironment page="windows" />);
    expect(notice(html, 'android')).toContain(
      'Android에서는 Docker Desktop도 Docker Engine도 설치할 수 없습니다',
    );
    expect(notice(html, 'android')).toContain('Linux 가상 머신');
    expect(notice(html, 'ios')).toContain(
      'iOS/iPadOS에서는 Docker Desktop도 Docker Engine도 설치할 수 없습니다',
    );
    expect(notice(html, 'chromeos')).toContain('Linux 개발 환경');
  });

  it('links the playground from the Android, iOS and ChromeOS notices', () => {
    const html = renderToHtml(<DetectedEnvironment page="windows" />);
    for (const os of ['android', 'ios', 'chromeos']) {
      expect(noticeHtml(html, os), os).toContain('href="/playground"');
    }
  });

  it('stores no OS tab for an Android reader', async () => {
    useNavigator(ANDROID);
    await renderAndDetect();
    expect(screen.getByTestId('dg-env-summary').textContent).toBe('Android');
    expect(store.values.has('docusaurus.tab.os')).toBe(false);
  });

  it('points ChromeOS readers to the Linux tab', async () => {
    useNavigator(CHROMEOS);
    await renderAndDetect();
    expect(store.values.get('docusaurus.tab.os')).toBe('linux');
  });
});
