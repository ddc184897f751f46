// Timed production builds for the bench. Every build holds the shared build lock
// (/tmp/docusaurus-build.lock, see the common brief); the time is taken inside the
// lock, so waiting for another helper's build is not counted.
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {walkFiles} from '../../plugins/shared/html-files';

export const BUILD_LOCK = '/tmp/docusaurus-build.lock';

export interface BuildTiming {
  readonly seconds: number;
  readonly cold: boolean;
}

/**
 * Removes what `docusaurus clear` removes, except the default `build/` directory:
 * other helpers test against `build/`, and the bench builds into its own out-dirs.
 */
export function cacheDirs(siteDir: string): string[] {
  return [path.join(siteDir, '.docusaurus'), path.join(siteDir, 'node_modules', '.cache')];
}

export interface BuildStep {
  readonly label: string;
  /** Working directory: the site's config and post-build steps resolve paths from it. */
  readonly cwd: string;
  readonly siteDir: string;
  readonly outDir: string;
  /** Clear the caches first. */
  readonly cold: boolean;
}

/**
 * Runs every build inside ONE hold of the build lock (one queue wait instead of four on a
 * shared machine), timing each build alone; a cold step clears its caches before its clock starts.
 */
export function timedBuilds(
  steps: readonly BuildStep[],
  {lock = true}: {lock?: boolean} = {},
): BuildTiming[] {
  const script = steps
    .map((step, index) => {
      const clear = step.cold
        ? cacheDirs(step.siteDir)
            .map((dir) => `rm -rf ${JSON.stringify(dir)} && `)
            .join('')
        : '';
      return (
        `cd ${JSON.stringify(step.cwd)} && echo "BENCH_STEP ${index} start" >&2 && ${clear}start=$(date +%s%N) && ` +
        `npx docusaurus build ${JSON.stringify(step.siteDir)} --out-dir ${JSON.stringify(step.outDir)} >&2 && ` +
        `end=$(date +%s%N) && echo "BENCH_BUILD ${index} $((end - start))"`
      );
    })
    .join(' && ');
  const command = lock ? ['flock', BUILD_LOCK, 'bash'] : ['bash'];
  const result = spawnSync(command[0]!, [...command.slice(1), '-c', `set -e; ${script}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    env: {...process.env, NODE_ENV: 'production'},
  });
  const timings = [...(result.stdout ?? '').matchAll(/BENCH_BUILD (\d+) (\d+)/g)].map(
    (m) => Number(m[2]) / 1e9,
  );
  if (result.status !== 0 || timings.length !== steps.length) {
    throw new Error(
      `builds failed (exit ${result.status}):\n${(result.stderr ?? '').slice(-4000)}`,
    );
  }
  return steps.map((step, index) => {
    if (!fs.existsSync(path.join(step.outDir, 'index.html')))
      throw new Error(`${step.label} wrote no index.html`);
    return {seconds: timings[index]!, cold: step.cold};
  });
}

/**
 * The committed site (git HEAD, or another commit) in `dir`, without touching the working tree: `git archive`,
 * plus a node_modules of symlinks to the repository's packages (its own .cache stays private).
 */
export function headCopy(root: string, dir: string, ref = 'HEAD'): {dir: string; head: string} {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(path.join(dir, 'node_modules'), {recursive: true});
  const head = execFileSync('git', ['rev-parse', `${ref}^{commit}`], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  const archive = execFileSync('git', ['archive', '--format=tar', head], {
    cwd: root,
    maxBuffer: 512 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', dir], {input: archive});
  for (const entry of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (entry === '.cache') continue;
    fs.symlinkSync(path.join(root, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  return {dir, head};
}

/** Total bytes of the files under `dir` (0 when it does not exist). */
export function directoryBytes(dir: string): {bytes: number; files: number} {
  if (!fs.existsSync(dir)) return {bytes: 0, files: 0};
  const files = walkFiles(dir);
  const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
  return {bytes, files: files.length};
}

/** URL paths listed in a build's sitemap.xml. */
export function sitemapPaths(buildDir: string): Set<string> {
  const file = path.join(buildDir, 'sitemap.xml');
  if (!fs.existsSync(file)) return new Set();
  const xml = fs.readFileSync(file, 'utf8');
  return new Set(
    [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeURI(new URL(m[1]!).pathname)),
  );
}
