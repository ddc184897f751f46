import {describe, expect, it} from 'vitest';
import {
  detectPlatform,
  isOsTabValue,
  osTabFor,
  type DetectInput,
  type DetectedPlatform,
} from './detect';
import {detectFromNavigator} from './browser';
import {DEVICE_OS_VALUES, REMEMBERED_TAB_GROUPS, earlyPlatformScript, earlyTabStyle} from './early';
import {listDocs} from '../../../tests/support/docs';

// Real user-agent strings as the browsers send them (Chrome, Edge and Firefox
// freeze most of the string, which is why client hints matter).
const UA = {
  chromeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
  firefoxWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0',
  firefoxWindowsArm: 'Mozilla/5.0 (Windows NT 10.0; ARM64; rv:145.0) Gecko/20100101 Firefox/145.0',
  chromeWindows32:
    'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
  chromeMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  firefoxMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:145.0) Gecko/20100101 Firefox/145.0',
  firefoxUbuntu: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0',
  firefoxFedora: 'Mozilla/5.0 (X11; Fedora; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0',
  firefoxLinuxArm: 'Mozilla/5.0 (X11; Linux aarch64; rv:140.0) Gecko/20100101 Firefox/140.0',
  chromeLinux:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  chromeOs:
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
  firefoxAndroid: 'Mozilla/5.0 (Android 15; Mobile; rv:145.0) Gecko/145.0 Firefox/145.0',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1',
  chromeIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/142.0.7444.46 Mobile/15E148 Safari/604.1',
  safariIpad:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15',
} as const;

interface Row {
  readonly name: string;
  readonly input: DetectInput;
  readonly expected: Partial<DetectedPlatform> &
    Pick<DetectedPlatform, 'os' | 'arch' | 'archCertain' | 'shell'>;
}

const rows: readonly Row[] = [
  {
    name: 'Windows 11 x64, Chrome with client hints',
    input: {
      userAgent: UA.chromeWindows,
      platform: 'Win32',
      userAgentData: {
        platform: 'Windows',
        mobile: false,
        architecture: 'x86',
        bitness: '64',
        platformVersion: '19.0.0',
      },
    },
    expected: {
      os: 'windows',
      arch: 'x86-64',
      archCertain: true,
      shell: 'powershell',
      windowsVersion: '11',
    },
  },
  {
    name: 'Windows 10 x64, Edge with client hints',
    input: {
      userAgent: UA.edgeWindows,
      platform: 'Win32',
      userAgentData: {
        platform: 'Windows',
        mobile: false,
        architecture: 'x86',
        bitness: '64',
        platformVersion: '10.0.0',
      },
    },
    expected: {
      os: 'windows',
      arch: 'x86-64',
      archCertain: true,
      shell: 'powershell',
      windowsVersion: '10',
    },
  },
  {
    name: 'Windows 11 on Arm, Chrome (the UA string still says x64)',
    input: {
      userAgent: UA.chromeWindows,
      platform: 'Win32',
      userAgentData: {
        platform: 'Windows',
        mobile: false,
        architecture: 'arm',
        bitness: '64',
        platformVersion: '15.0.0',
      },
    },
    expected: {
      os: 'windows',
      arch: 'arm64',
      archCertain: true,
      shell: 'powershell',
      windowsVersion: '11',
    },
  },
  {
    name: 'Windows x64, Firefox (no client hints: version unknown, CPU not verified)',
    input: {userAgent: UA.firefoxWindows, platform: 'Win32'},
    expected: {
      os: 'windows',
      arch: 'x86-64',
      archCertain: false,
      shell: 'powershell',
      note: 'windows-arch-unverified',
    },
  },
  {
    name: 'Windows on Arm, Firefox for ARM64',
    input: {userAgent: UA.firefoxWindowsArm, platform: 'Win32'},
    expected: {os: 'windows', arch: 'arm64', archCertain: true, shell: 'powershell'},
  },
  {
    name: '32-bit Windows',
    input: {
      userAgent: UA.chromeWindows32,
      platform: 'Win32',
      userAgentData: {
        platform: 'Windows',
        mobile: false,
        architecture: 'x86',
        bitness: '32',
        platformVersion: '10.0.0',
      },
    },
    expected: {
      os: 'windows',
      arch: 'unknown',
      archCertain: false,
      shell: 'powershell',
      windowsVersion: '10',
      note: 'unsupported-32bit',
    },
  },
  {
    name: 'macOS on Apple silicon, Chrome with client hints',
    input: {
      userAgent: UA.chromeMac,
      platform: 'MacIntel',
      maxTouchPoints: 0,
      userAgentData: {
        platform: 'macOS',
        mobile: false,
        architecture: 'arm',
        bitness: '64',
        platformVersion: '26.1.0',
      },
    },
    expected: {os: 'mac', arch: 'arm64', archCertain: true, shell: 'bash'},
  },
  {
    name: 'macOS on Intel, Chrome with client hints',
    input: {
      userAgent: UA.chromeMac,
      platform: 'MacIntel',
      maxTouchPoints: 0,
      userAgentData: {
        platform: 'macOS',
        mobile: false,
        architecture: 'x86',
        bitness: '64',
        platformVersion: '15.7.1',
      },
    },
    expected: {os: 'mac', arch: 'x86-64', archCertain: true, shell: 'bash'},
  },
  {
    name: 'macOS Safari (says "Intel" on every Mac)',
    input: {userAgent: UA.safariMac, platform: 'MacIntel', maxTouchPoints: 0},
    expected: {
      os: 'mac',
      arch: 'unknown',
      archCertain: false,
      shell: 'bash',
      note: 'mac-arch-unknown',
    },
  },
  {
    name: 'macOS Firefox',
    input: {userAgent: UA.firefoxMac, platform: 'MacIntel', maxTouchPoints: 0},
    expected: {
      os: 'mac',
      arch: 'unknown',
      archCertain: false,
      shell: 'bash',
      note: 'mac-arch-unknown',
    },
  },
  {
    name: 'Ubuntu, Firefox',
    input: {userAgent: UA.firefoxUbuntu, platform: 'Linux x86_64'},
    expected: {os: 'linux', arch: 'x86-64', archCertain: true, shell: 'bash', distro: 'ubuntu'},
  },
  {
    name: 'Fedora, Firefox',
    input: {userAgent: UA.firefoxFedora, platform: 'Linux x86_64'},
    expected: {os: 'linux', arch: 'x86-64', archCertain: true, shell: 'bash', distro: 'fedora'},
  },
  {
    name: 'Linux on Arm (aarch64), Firefox',
    input: {userAgent: UA.firefoxLinuxArm, platform: 'Linux aarch64'},
    expected: {os: 'linux', arch: 'arm64', archCertain: true, shell: 'bash'},
  },
  {
    name: 'Linux, Chrome with client hints',
    input: {
      userAgent: UA.chromeLinux,
      platform: 'Linux x86_64',
      userAgentData: {
        platform: 'Linux',
        mobile: false,
        architecture: 'x86',
        bitness: '64',
        platformVersion: '6.8.0',
      },
    },
    expected: {os: 'linux', arch: 'x86-64', archCertain: true, shell: 'bash'},
  },
  {
    name: 'ChromeOS',
    input: {
      userAgent: UA.chromeOs,
      platform: 'Linux x86_64',
      userAgentData: {
        platform: 'Chrome OS',
        mobile: false,
        architecture: 'x86',
        bitness: '64',
        platformVersion: '16328.65.0',
      },
    },
    expected: {
      os: 'chromeos',
      arch: 'x86-64',
      archCertain: true,
      shell: 'bash',
      note: 'chromeos-linux-container',
    },
  },
  {
    name: 'ChromeOS without client hints (UA contains X11 and Linux-like tokens)',
    input: {userAgent: UA.chromeOs, platform: 'Linux x86_64'},
    expected: {
      os: 'chromeos',
      arch: 'x86-64',
      archCertain: true,
      shell: 'bash',
      note: 'chromeos-linux-container',
    },
  },
  {
    name: 'Android, Chrome',
    input: {
      userAgent: UA.chromeAndroid,
      platform: 'Linux armv81',
      maxTouchPoints: 5,
      userAgentData: {platform: 'Android', mobile: true},
    },
    expected: {
      os: 'android',
      arch: 'unknown',
      archCertain: false,
      shell: 'unknown',
      note: 'no-docker-desktop',
    },
  },
  {
    name: 'Android, Firefox',
    input: {userAgent: UA.firefoxAndroid, platform: 'Linux aarch64', maxTouchPoints: 5},
    expected: {
      os: 'android',
      arch: 'unknown',
      archCertain: false,
      shell: 'unknown',
      note: 'no-docker-desktop',
    },
  },
  {
    name: 'iPhone, Safari',
    input: {userAgent: UA.safariIphone, platform: 'iPhone', maxTouchPoints: 5},
    expected: {
      os: 'ios',
      arch: 'unknown',
      archCertain: false,
      shell: 'unknown',
      note: 'no-docker-desktop',
    },
  },
  {
    name: 'iPhone, Chrome (WebKit underneath, no client hints)',
    input: {userAgent: UA.chromeIphone, platform: 'iPhone', maxTouchPoints: 5},
    expected: {
      os: 'ios',
      arch: 'unknown',
      archCertain: false,
      shell: 'unknown',
      note: 'no-docker-desktop',
    },
  },
  {
    name: 'iPad, Safari (reports a Mac, but has a touch screen)',
    input: {userAgent: UA.safariIpad, platform: 'MacIntel', maxTouchPoints: 5},
    expected: {
      os: 'ios',
      arch: 'unknown',
      archCertain: false,
      shell: 'unknown',
      note: 'no-docker-desktop',
    },
  },
  {
    name: 'an empty user agent',
    input: {userAgent: ''},
    expected: {os: 'unknown', arch: 'unknown', archCertain: false, shell: 'unknown'},
  },
];

describe('detectPlatform over real user agents', () => {
  it.each(rows)('$name', ({input, expected}) => {
    const result = detectPlatform(input);
    expect(result).toMatchObject(expected);
    // Keys that are not expected must be absent, so a Linux reader never gets a Windows version.
    for (const key of ['distro', 'windowsVersion', 'note'] as const) {
      if (!(key in expected)) expect(result[key], key).toBeUndefined();
    }
  });
});

describe('client hints win over the frozen user-agent string', () => {
  it('reads Windows 11 from platformVersion 13 and Windows 10 from 10', () => {
    const base = {userAgent: UA.chromeWindows, platform: 'Win32'};
    expect(
      detectPlatform({...base, userAgentData: {platform: 'Windows', platformVersion: '13.0.0'}})
        .windowsVersion,
    ).toBe('11');
    expect(
      detectPlatform({...base, userAgentData: {platform: 'Windows', platformVersion: '10.0.0'}})
        .windowsVersion,
    ).toBe('10');
    expect(
      detectPlatform({...base, userAgentData: {platform: 'Windows', platformVersion: '0.3.0'}})
        .windowsVersion,
    ).toBeUndefined();
    expect(
      detectPlatform({...base, userAgentData: {platform: 'Windows', platformVersion: 'garbage'}})
        .windowsVersion,
    ).toBeUndefined();
  });

  it('uses the low-entropy platform when the high-entropy values are missing', () => {
    const result = detectPlatform({
      userAgent: UA.chromeMac,
      userAgentData: {platform: 'macOS', mobile: false},
    });
    expect(result).toMatchObject({
      os: 'mac',
      arch: 'unknown',
      archCertain: false,
      note: 'mac-arch-unknown',
    });
  });
});

describe('os tab values', () => {
  it('maps each OS to the tab that fits, or none', () => {
    expect(osTabFor('windows')).toBe('windows');
    expect(osTabFor('mac')).toBe('mac');
    expect(osTabFor('linux')).toBe('linux');
    expect(osTabFor('chromeos')).toBe('linux');
    expect(osTabFor('android')).toBeNull();
    expect(osTabFor('ios')).toBeNull();
    expect(osTabFor('unknown')).toBeNull();
  });

  it('accepts only the three group values', () => {
    expect(isOsTabValue('linux')).toBe(true);
    expect(isOsTabValue('bogus')).toBe(false);
    expect(isOsTabValue(null)).toBe(false);
    expect(isOsTabValue('Linux')).toBe(false);
  });
});

describe('detectFromNavigator', () => {
  it('asks for architecture, bitness and platformVersion when the browser offers client hints', async () => {
    const asked: string[][] = [];
    const result = await detectFromNavigator({
      userAgent: UA.chromeMac,
      platform: 'MacIntel',
      maxTouchPoints: 0,
      userAgentData: {
        platform: 'macOS',
        mobile: false,
        getHighEntropyValues: async (hints) => {
          asked.push(hints);
          return {platform: 'macOS', architecture: 'arm', bitness: '64', platformVersion: '26.1.0'};
        },
      },
    });
    expect(asked).toEqual([['architecture', 'bitness', 'platformVersion']]);
    expect(result).toMatchObject({os: 'mac', arch: 'arm64', archCertain: true});
  });

  it('falls back to the user agent when the high-entropy request fails', async () => {
    const result = await detectFromNavigator({
      userAgent: UA.chromeWindows,
      platform: 'Win32',
      userAgentData: {
        platform: 'Windows',
        mobile: false,
        getHighEntropyValues: () => Promise.reject(new Error('denied')),
      },
    });
    expect(result).toMatchObject({os: 'windows', arch: 'x86-64', archCertain: false});
  });

  it('works without userAgentData (Safari, Firefox)', async () => {
    const result = await detectFromNavigator({
      userAgent: UA.firefoxUbuntu,
      platform: 'Linux x86_64',
      maxTouchPoints: 0,
    });
    expect(result).toMatchObject({os: 'linux', distro: 'ubuntu'});
  });
});

interface EarlyRun {
  readonly attributes: Record<string, string>;
  readonly stored: Map<string, string>;
}

/** Runs the head script against stand-ins for navigator, document, localStorage and location. */
function runEarlyScript(
  input: DetectInput,
  options: {stored?: Record<string, string>; search?: string; storageThrows?: boolean} = {},
): EarlyRun {
  const attributes: Record<string, string> = {};
  const stored = new Map(Object.entries(options.stored ?? {}));
  const storage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
  };
  const windowStub = options.storageThrows
    ? Object.defineProperty({}, 'localStorage', {
        get() {
          throw new Error('SecurityError');
        },
      })
    : {localStorage: storage};
  new Function('navigator', 'document', 'window', 'location', earlyPlatformScript('-abc'))(
    {
      userAgent: input.userAgent,
      platform: input.platform,
      maxTouchPoints: input.maxTouchPoints ?? 0,
    },
    {documentElement: {setAttribute: (name: string, value: string) => (attributes[name] = value)}},
    windowStub,
    {search: options.search ?? ''},
  );
  return {attributes, stored};
}

describe('earlyPlatformScript: the device mark for phones, tablets and ChromeOS', () => {
  const markFor = (input: DetectInput) => runEarlyScript(input).attributes['data-dg-os'] ?? null;

  it.each(rows.map((row) => [row.name, row.input] as const))(
    'agrees with detectPlatform on the user agent: %s',
    (_name, input) => {
      const {os} = detectPlatform({
        userAgent: input.userAgent,
        platform: input.platform,
        maxTouchPoints: input.maxTouchPoints,
      });
      const expected = (DEVICE_OS_VALUES as readonly string[]).includes(os) ? os : null;
      expect(markFor(input)).toBe(expected);
    },
  );

  it('marks an iPad that sends a Mac user agent, and not a Mac', () => {
    expect(markFor({userAgent: UA.safariIpad, platform: 'MacIntel', maxTouchPoints: 5})).toBe(
      'ios',
    );
    expect(markFor({userAgent: UA.safariMac, platform: 'MacIntel', maxTouchPoints: 0})).toBeNull();
    expect(markFor({userAgent: UA.chromeAndroid, platform: 'Linux armv81'})).toBe('android');
    expect(markFor({userAgent: UA.chromeOs, platform: 'Linux x86_64'})).toBe('chromeos');
  });
});

describe('earlyPlatformScript: the tabs each group shows before hydration', () => {
  it.each(rows.map((row) => [row.name, row.input] as const))(
    'stores the OS tab detectPlatform would pick, when none is stored: %s',
    (_name, input) => {
      const tab = osTabFor(detectPlatform(input).os);
      const {attributes, stored} = runEarlyScript(input);
      expect(stored.get('docusaurus.tab.os-abc') ?? null).toBe(tab);
      expect(attributes['data-dg-tab-os'] ?? null).toBe(tab);
      const shell = tab === 'windows' ? 'powershell' : tab ? 'bash' : null;
      expect(stored.get('docusaurus.tab.shell-abc') ?? null).toBe(shell);
    },
  );

  it("keeps the reader's stored choices and marks them, the distribution too", () => {
    const {attributes, stored} = runEarlyScript(
      {userAgent: UA.chromeWindows, platform: 'Win32'},
      {
        stored: {
          'docusaurus.tab.os-abc': 'linux',
          'docusaurus.tab.shell-abc': 'cmd',
          'docusaurus.tab.distro-abc': 'fedora',
        },
      },
    );
    expect(attributes).toEqual({
      'data-dg-tab-os': 'linux',
      'data-dg-tab-shell': 'cmd',
      'data-dg-tab-distro': 'fedora',
    });
    expect(stored.get('docusaurus.tab.os-abc')).toBe('linux');
  });

  it('lets a valid ?os= win, as the Tabs do, and ignores an unknown one', () => {
    const input = {userAgent: UA.chromeWindows, platform: 'Win32'};
    expect(runEarlyScript(input, {search: '?x=1&os=mac'}).attributes['data-dg-tab-os']).toBe('mac');
    expect(runEarlyScript(input, {search: '?os=beos'}).attributes['data-dg-tab-os']).toBe(
      'windows',
    );
    expect(runEarlyScript(input, {search: '?os=macintosh'}).attributes['data-dg-tab-os']).toBe(
      'windows',
    );
  });

  it('still marks the OS when storage is blocked, and stores nothing', () => {
    const {attributes} = runEarlyScript(
      {userAgent: UA.chromeMac, platform: 'MacIntel'},
      {storageThrows: true},
    );
    expect(attributes).toEqual({});
  });

  it('names no tab on phones', () => {
    const {attributes, stored} = runEarlyScript({userAgent: UA.chromeAndroid, platform: ''});
    expect(attributes).toEqual({'data-dg-os': 'android'});
    expect(stored.size).toBe(0);
  });
});

describe('REMEMBERED_TAB_GROUPS and earlyTabStyle', () => {
  // Every grouped <Tabs> of the docs with the values of its own <TabItem>s (tabs nest: a
  // distribution group sits inside the Linux panel of an OS group).
  const groups = listDocs().flatMap(({file, source}) => {
    const found: {file: string; group: string; values: string[]}[] = [];
    const open: {group: string | null; values: string[]}[] = [];
    for (const tag of source.matchAll(/<Tabs\b([^>]*)>|<\/Tabs>|<TabItem value="([^"]+)"/g)) {
      if (tag[0] === '</Tabs>') {
        const closed = open.pop()!;
        if (closed.group) found.push({file, group: closed.group, values: closed.values});
      } else if (tag[2] !== undefined) open.at(-1)!.values.push(tag[2]);
      else open.push({group: /groupId="([^"]+)"/.exec(tag[1]!)?.[1] ?? null, values: []});
    }
    expect(open, file).toEqual([]);
    return found;
  });

  it('lists every group and value the docs use', () => {
    expect(groups.length).toBeGreaterThan(20);
    for (const {file, group, values} of groups) {
      expect(Object.keys(REMEMBERED_TAB_GROUPS), file).toContain(group);
      const known: readonly string[] =
        REMEMBERED_TAB_GROUPS[group as keyof typeof REMEMBERED_TAB_GROUPS];
      for (const value of values) expect(known, `${file}: ${group}=${value}`).toContain(value);
    }
  });

  it('has a rule showing each value, only before hydration', () => {
    const style = earlyTabStyle();
    for (const [group, values] of Object.entries(REMEMBERED_TAB_GROUPS)) {
      for (const value of values) {
        expect(style).toContain(
          `html[data-dg-tab-${group}=${value}]:not([data-has-hydrated=true]) [data-tab-group=${group}]>div>.dg-tab-${value}{display:block}`,
        );
      }
    }
  });
});
