#!/usr/bin/env node
// `npm start` has no post-build step, so the dev server serves a search index
// made from one production build. `--refresh` rebuilds it after editing chapters.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';

const target = '.search-dev/pagefind/pagefind.js';
const refresh = process.argv.includes('--refresh');
if (!refresh && fs.existsSync(target)) process.exit(0);

console.log('[search] building the site once to index it for the dev server…');
fs.rmSync('.search-dev', {recursive: true, force: true});
const build = spawnSync('npx', ['docusaurus', 'build', '--out-dir', '.search-dev/site'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
fs.renameSync('.search-dev/site/pagefind', '.search-dev/pagefind');
fs.rmSync('.search-dev/site', {recursive: true, force: true});
console.log('[search] dev index ready in .search-dev/pagefind');
