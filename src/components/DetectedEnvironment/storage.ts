/**
 * Keys of the site-wide choices this component reads and writes. The os key is
 * the one Docusaurus' own `<Tabs groupId="os">` uses
 * (`@docusaurus/theme-common` tabsUtils: `docusaurus.tab.${groupId}`); the
 * storage utilities add the site's namespace, and `slot.set` dispatches a
 * `storage` event so every Tabs group on the page switches at once.
 */
export const OS_TAB_STORAGE_KEY = 'docusaurus.tab.os';
export const SHELL_TAB_STORAGE_KEY = 'docusaurus.tab.shell';
export const DISTRO_TAB_STORAGE_KEY = 'docusaurus.tab.distro';
export const ARCH_STORAGE_KEY = 'dg.platform.arch';
