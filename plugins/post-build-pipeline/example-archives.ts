// One zip per folder of examples/, written to build/examples/<name>.zip, so readers can get the
// files a practice chapter builds. Taken from the file tree (the image build has no .git), with
// the exclude list below; each archive unpacks to examples/<name>/ (DECISIONS.md, "Paths and
// names"). The sizes are computed when the plugin loads, before pages render, so the download
// box shows the real size; the post-build step builds the archives again and checks that it
// writes exactly the sizes the pages show.
import fs from 'node:fs';
import path from 'node:path';
import {relativePosix, walkFiles} from '../shared/html-files';
import {createZip} from './zip';

/** Folders never archived, at any depth: dependencies, build outputs, caches, editor state. */
export const EXCLUDED_FOLDERS = [
  'node_modules',
  '.git',
  'target',
  'dist',
  'build',
  'out',
  '__pycache__',
  '.pytest_cache',
  '.venv',
  'venv',
  '.gradle',
  '.idea',
  '.vscode',
] as const;

/** Files never archived: OS litter, compiled Python, logs, and a local .env with secrets. */
export function isExcludedFile(name: string): boolean {
  return (
    name === '.DS_Store' ||
    name === 'Thumbs.db' ||
    name === '.env' ||
    name.endsWith('.pyc') ||
    name.endsWith('.log') ||
    name.endsWith('.swp') ||
    name.endsWith('~')
  );
}

/** What the download box shows about one archive; the generated data module holds a list of these. */
export interface ExampleArchiveInfo {
  /** Folder name under examples/, e.g. `node-app`. */
  readonly name: string;
  /** Path of the archive below the site root, e.g. `examples/node-app.zip`. */
  readonly path: string;
  /** Size in bytes of the written archive. */
  readonly size: number;
  /** Number of files in it (folders not counted). */
  readonly fileCount: number;
}

export interface ExampleArchive extends ExampleArchiveInfo {
  readonly bytes: Buffer;
  /** The archived files, relative to examples/<name>/, sorted. */
  readonly files: readonly string[];
}

/** The name of the data file the plugin writes with `createData` and the box imports. */
export const ARCHIVES_DATA_FILE = 'example-archives.json';

/** The folders of `examplesDir`, sorted (files next to them, such as README.md, are not examples). */
export function exampleNames(examplesDir: string): string[] {
  return fs
    .readdirSync(examplesDir, {withFileTypes: true})
    .filter(
      (entry) =>
        entry.isDirectory() && !(EXCLUDED_FOLDERS as readonly string[]).includes(entry.name),
    )
    .map((entry) => entry.name)
    .sort();
}

/** The files of one example that go into its archive, relative to its folder, sorted. */
export function archivedFiles(exampleDir: string): string[] {
  const files = walkFiles(exampleDir, {
    skipFolders: EXCLUDED_FOLDERS,
    keep: (name) => !isExcludedFile(name),
  });
  return files.map((file) => relativePosix(exampleDir, file));
}

/** Every folder above a file, each once: `a/b/c.txt` → `a/`, `a/b/`. */
function foldersOf(paths: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const file of paths) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(`${parts.slice(0, i).join('/')}/`);
  }
  return [...folders];
}

/** The archive of examples/<name>/: its folders and files under `examples/<name>/`. */
export function archiveExample(examplesDir: string, name: string): ExampleArchive {
  const exampleDir = path.join(examplesDir, name);
  const files = archivedFiles(exampleDir);
  if (files.length === 0) throw new Error(`examples/${name} has no files to archive`);
  const prefix = `examples/${name}/`;
  const inArchive = files.map((file) => `${prefix}${file}`);
  const bytes = createZip([
    ...foldersOf(inArchive).map((folder) => ({path: folder})),
    ...files.map((file) => ({
      path: `${prefix}${file}`,
      content: fs.readFileSync(path.join(exampleDir, ...file.split('/'))),
    })),
  ]);
  return {
    name,
    path: `examples/${name}.zip`,
    size: bytes.length,
    fileCount: files.length,
    files,
    bytes,
  };
}

/** The archives of every example under `examplesDir`, sorted by name. */
export function buildExampleArchives(examplesDir: string): ExampleArchive[] {
  return exampleNames(examplesDir).map((name) => archiveExample(examplesDir, name));
}

/** The part of an archive the pages need (no bytes). */
export function archiveInfo(archive: ExampleArchiveInfo): ExampleArchiveInfo {
  const {name, path: archivePath, size, fileCount} = archive;
  return {name, path: archivePath, size, fileCount};
}

/**
 * Writes each archive to `outDir/examples/<name>.zip` and checks each size on disk (as
 * scripts/written-files.ts does), and that the pages were rendered with these sizes.
 */
export function writeExampleArchives(
  outDir: string,
  archives: readonly ExampleArchive[],
  shownOnPages: readonly ExampleArchiveInfo[],
): number {
  const shown = new Map(shownOnPages.map((info) => [info.name, info]));
  for (const archive of archives) {
    const page = shown.get(archive.name);
    if (!page || page.size !== archive.size || page.fileCount !== archive.fileCount) {
      throw new Error(
        `${archive.path}: the pages show ${page ? `${page.size} bytes, ${page.fileCount} files` : 'no archive'}, ` +
          `the build writes ${archive.size} bytes, ${archive.fileCount} files (examples/ changed during the build?)`,
      );
    }
    const file = path.join(outDir, ...archive.path.split('/'));
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, archive.bytes);
    const size = fs.statSync(file).size;
    if (size !== archive.size)
      throw new Error(`${archive.path}: wrote ${size} of ${archive.size} bytes`);
  }
  return archives.length;
}
