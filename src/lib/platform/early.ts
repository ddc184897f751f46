import {UA_PATTERNS as P} from './detect';

/** Attribute of <html> naming the reader's OS when Docker Desktop cannot run on it. */
export const DEVICE_OS_ATTRIBUTE = 'data-dg-os';

/** The values the early script can set; the install pages have a notice for each. */
export const DEVICE_OS_VALUES = ['android', 'ios', 'chromeos'] as const;
export type DeviceOs = (typeof DEVICE_OS_VALUES)[number];

/**
 * The `<Tabs groupId>` groups whose choice the site remembers, with every value a page offers
 * (a unit test checks the docs against this list). Before hydration, CSS shows the remembered
 * panel of each group (earlyTabStyle).
 */
export const REMEMBERED_TAB_GROUPS = {
  os: ['windows', 'mac', 'linux'],
  shell: ['powershell', 'cmd', 'bash'],
  distro: ['ubuntu', 'debian', 'fedora'],
} as const;
export type RememberedTabGroup = keyof typeof REMEMBERED_TAB_GROUPS;

/** `data-dg-tab-os="linux"` on <html>: the tab each group will show once hydrated. */
export const TAB_CHOICE_ATTRIBUTE_PREFIX = 'data-dg-tab-';

/**
 * Inline script for every page's <head>, run before the first paint. It does two things.
 *
 * 1. Marks <html> with `data-dg-os` on phones, tablets and ChromeOS, so the install pages'
 *    notice for that device is there from the start. The same tests, in the same order, as
 *    osFromUserAgent in detect.ts (built from its patterns).
 * 2. Settles which OS, shell and distribution tab each group shows, as Docusaurus' Tabs will
 *    after hydration: the `?os=` query, else the stored choice, else the OS in the user agent,
 *    stored where the Tabs read it (`docusaurus.tab.<group>` plus the site's storage namespace)
 *    like the DetectedEnvironment box does after its fuller detection. The choice goes on
 *    <html> for earlyTabStyle. Without it the server-rendered Windows panels switched to the
 *    reader's OS about a second after load, moving the text by up to a screen: a link to
 *    `/docs/install/troubleshooting#…` landed on its heading and then lost it.
 */
export function earlyPlatformScript(storageNamespace: string): string {
  const ns = JSON.stringify(storageNamespace);
  return (
    `(function(){var n=navigator,u=n.userAgent||'',p=n.platform||'',h=document.documentElement,` +
    `o=${P.ios}.test(u)||${P.iosPlatform}.test(p)?'ios':${P.android}.test(u)?'android':${P.chromeos}.test(u)?'chromeos':` +
    `${P.mac}.test(u)||${P.macPlatform}.test(p)?(n.maxTouchPoints>1?'ios':'mac'):` +
    `${P.windows}.test(u)||${P.windowsPlatform}.test(p)?'windows':` +
    `${P.linux}.test(u)||${P.linuxPlatform}.test(p)?'linux':'';` +
    `if(o==='ios'||o==='android'||o==='chromeos')h.setAttribute('${DEVICE_OS_ATTRIBUTE}',o);` +
    `var t=o==='chromeos'?'linux':o==='ios'||o==='android'?'':o,s=null;` +
    `try{s=window.localStorage}catch(e){}` +
    `function k(g){return 'docusaurus.tab.'+g+${ns}}` +
    `function get(g){try{return s&&s.getItem(k(g))}catch(e){return null}}` +
    `function put(g,v){try{if(s&&v&&s.getItem(k(g))===null)s.setItem(k(g),v)}catch(e){}}` +
    `put('os',t);put('shell',t==='windows'?'powershell':t?'bash':'');` +
    `var q=/[?&]os=(windows|mac|linux)(&|$)/.exec(location.search),` +
    `c={os:q?q[1]:get('os'),shell:get('shell'),distro:get('distro')};` +
    `for(var g in c)if(c[g])h.setAttribute('${TAB_CHOICE_ATTRIBUTE_PREFIX}'+g,c[g])})()`
  );
}

/**
 * CSS for the time between the first paint and hydration (`data-has-hydrated="true"` is Docusaurus'
 * mark on <html>): in each remembered group, the panel and tab of the choice earlyPlatformScript
 * put on <html>, instead of the server's first tab. Only where the group has that value (`:has`);
 * browsers without `:has` show the server's panel as before. Needs the `data-tab-group` and
 * `data-tab-value` attributes of src/theme/Tabs and the `dg-tab-<value>` class of
 * src/theme/TabItem.
 */
export function earlyTabStyle(): string {
  const rules: string[] = [];
  for (const [group, values] of Object.entries(REMEMBERED_TAB_GROUPS)) {
    for (const value of values) {
      const before = `html[${TAB_CHOICE_ATTRIBUTE_PREFIX}${group}=${value}]:not([data-has-hydrated=true])`;
      const container = `${before} [data-tab-group=${group}]`;
      const chosen = `${container}:has(>div>.dg-tab-${value})`;
      rules.push(
        `${chosen}>div>[role=tabpanel]:not(.dg-tab-${value}){display:none}`,
        `${container}>div>.dg-tab-${value}{display:block}`,
        `${chosen}>ul>[role=tab]{border-bottom-color:transparent;color:inherit}`,
        `${chosen}>ul>[data-tab-value=${value}]{border-bottom-color:var(--ifm-tabs-color-active-border);color:var(--ifm-tabs-color-active)}`,
      );
    }
  }
  return rules.join('');
}
