/**
 * Without JavaScript, Docusaurus Tabs leave every panel but the first one
 * `hidden`, and their tab list cannot be clicked. This style, inside
 * `<noscript>`, shows every panel one after another, hides the dead tab list,
 * and labels each panel that carries a `dg-tab-<value>` class.
 */
const LABELS: Readonly<Record<string, string>> = {
  windows: 'Windows',
  mac: 'macOS',
  linux: 'Linux',
  bash: 'bash/zsh',
  powershell: 'PowerShell',
  cmd: '명령 프롬프트',
  ubuntu: 'Ubuntu',
  debian: 'Debian',
  fedora: 'Fedora',
};

export const NOSCRIPT_TABS_CSS = [
  '.tabs-container>[role=tablist]{display:none}',
  '.tabs-container [role=tabpanel][hidden]{display:block}',
  '.tabs-container [role=tabpanel]{border-left:3px solid var(--ifm-color-emphasis-300);padding-left:1rem;margin-bottom:1.25rem}',
  '.dg-tab::before{display:block;font-weight:700;margin-bottom:.5rem}',
  ...Object.entries(LABELS).map(([value, label]) => `.dg-tab-${value}::before{content:"${label}"}`),
].join('');
