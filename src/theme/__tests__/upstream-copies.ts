// Guards the files this site copied from Docusaurus (ejected theme components, the page
// template): each original's SHA-256 is recorded in src/theme/__upstream__/copies.json, and the
// originals a test compares a copy with are vendored there as they were. When an upgrade
// changes an installed original, the copy may be missing a fix or no longer fit; the check says
// which, and how to review it.
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface UpstreamCopy {
  /** The site's copy, relative to the repository root. */
  readonly copy: string;
  /** The original inside node_modules, e.g. `@docusaurus/theme-classic/src/theme/Tabs/index.tsx`. */
  readonly original: string;
  /** SHA-256 (hex) of the original as it was when the copy was taken. */
  readonly sha256: string;
  /**
   * The original is kept as `<version>/<original>.txt` because a test compares the copy with it
   * (the page template, the style sheets). The others are recorded by hash only: their old text
   * comes from the registry when an upgrade needs the diff (`npm pack`).
   */
  readonly vendored?: boolean;
}

export interface UpstreamRecord {
  /** The Docusaurus version the copies were taken from. */
  readonly docusaurus: string;
  readonly copies: readonly UpstreamCopy[];
}

export interface CheckPlaces {
  readonly root: string;
  readonly nodeModules: string;
  /** Folder of the vendored originals: `<folder>/<version>/<original>.txt`. */
  readonly vendored: string;
}

export const sha256 = (bytes: Buffer | string): string =>
  createHash('sha256').update(bytes).digest('hex');

/** `@scope/name/rest…` → `@scope/name`, `name/rest…` → `name`. */
export function packageOf(original: string): string {
  const parts = original.split('/');
  return parts.slice(0, original.startsWith('@') ? 2 : 1).join('/');
}

export function vendoredPath(record: UpstreamRecord, copy: UpstreamCopy, vendored: string): string {
  return path.join(vendored, record.docusaurus, `${copy.original}.txt`);
}

function installedVersion(nodeModules: string, pkg: string): string {
  try {
    const json = fs.readFileSync(path.join(nodeModules, pkg, 'package.json'), 'utf8');
    return (JSON.parse(json) as {version?: string}).version ?? 'unknown';
  } catch {
    return 'not installed';
  }
}

/** The first line where two texts differ (1-based), with both lines, for the message. */
export function firstDifference(before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line < 0 ? a.length : line;
  return `first difference at line ${at + 1}: ${JSON.stringify(a[at] ?? '')} → ${JSON.stringify(b[at] ?? '')}`;
}

/** Every problem with the recorded copies; empty when all originals are unchanged. */
export function checkUpstreamCopies(record: UpstreamRecord, places: CheckPlaces): string[] {
  const problems: string[] = [];
  const recordFile = path.relative(places.root, path.join(places.vendored, 'copies.json'));
  for (const entry of record.copies) {
    const {copy, original} = entry;
    const pkg = packageOf(original);
    const version = installedVersion(places.nodeModules, pkg);
    const vendored = vendoredPath(record, entry, places.vendored);
    const vendoredRelative = path.relative(places.root, vendored);
    if (!fs.existsSync(path.join(places.root, copy)))
      problems.push(`${copy} is listed in ${recordFile} but does not exist`);
    if (
      entry.vendored &&
      (!fs.existsSync(vendored) || sha256(fs.readFileSync(vendored)) !== entry.sha256)
    ) {
      problems.push(
        `${vendoredRelative} is missing or does not match the hash recorded for ${original}`,
      );
      continue;
    }
    const installed = path.join(places.nodeModules, original);
    if (!fs.existsSync(installed)) {
      problems.push(
        `${pkg}@${version} no longer has ${original}, from which ${copy} was taken ` +
          `(Docusaurus ${record.docusaurus}): find what replaced it and update ${copy}.`,
      );
      continue;
    }
    const now = fs.readFileSync(installed);
    if (sha256(now) === entry.sha256) continue;
    const installedRelative = path.relative(places.root, installed);
    const review = entry.vendored
      ? `(diff -u ${vendoredRelative} ${installedRelative}; ` +
        `${firstDifference(fs.readFileSync(vendored, 'utf8'), now.toString('utf8'))})`
      : `(npm pack ${pkg}@${record.docusaurus}, then diff -u ` +
        `package/${original.slice(pkg.length + 1)} ${installedRelative})`;
    problems.push(
      `Docusaurus's ${original} changed since the copy in ${copy} was taken from ` +
        `${record.docusaurus} (installed: ${pkg}@${version}): review the diff ${review} and ` +
        `update the copy, then ${entry.vendored ? 'the vendored original and ' : ''}the ` +
        `recorded hash in ${recordFile}.`,
    );
  }
  return problems;
}
