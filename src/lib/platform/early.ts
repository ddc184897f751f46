import {UA_PATTERNS as P} from './detect';

/** Attribute of <html> naming the reader's OS when Docker Desktop cannot run on it. */
export const DEVICE_OS_ATTRIBUTE = 'data-dg-os';

/** The values the early script can set; the install pages have a notice for each. */
export const DEVICE_OS_VALUES = ['android', 'ios', 'chromeos'] as const;
export type DeviceOs = (typeof DEVICE_OS_VALUES)[number];

/**
 * Inline script for every page's <head>: marks <html> with `data-dg-os` on phones, tablets and
 * ChromeOS before the first paint, so the install pages' notice for that device is there from
 * the start instead of pushing the text down once the full detection has run. The same tests,
 * in the same order, as osFromUserAgent in detect.ts (built from its patterns).
 */
export function deviceOsScript(): string {
  return (
    `(function(){var n=navigator,u=n.userAgent||'',p=n.platform||'',` +
    `o=${P.ios}.test(u)||${P.iosPlatform}.test(p)?'ios':${P.android}.test(u)?'android':${P.chromeos}.test(u)?'chromeos':` +
    `(${P.mac}.test(u)||${P.macPlatform}.test(p))&&n.maxTouchPoints>1?'ios':'';` +
    `if(o)document.documentElement.setAttribute('${DEVICE_OS_ATTRIBUTE}',o)})()`
  );
}
