/**
 * Every image a chapter, an example or a playground scenario asks a registry for is in the
 * engine's catalogue: `docker pull <ref>` succeeds in a fresh playground. Images a reader builds
 * or tags themselves (`docker build -t`, `docker tag`, `docker commit`) are not pulled, and
 * command lines that a chapter shows failing (an error as their output) are left out.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {walkFiles} from '../../plugins/shared/html-files';
import {PLAYGROUND_SCENARIOS} from '../../src/data/playground-scenarios';
import {PART3_RUNS} from '../../src/data/scenarios/part3.runs';
import {PART4_RUNS} from '../../src/data/scenarios/part4.runs';
import {TRANSCRIPT_START_STATES} from '../../src/data/transcript-start-states';
import {createEngine} from '../../src/lib/docker-sim';
import {CATALOG} from '../../src/lib/docker-sim/catalog';
import {
  imageNamesMadeByCommandLine,
  imageRefsInCommandLine,
  imageRefsInCompose,
  imageRefsInDockerfile,
} from '../../src/lib/docker-sim/image-refs';
import {loadChapters} from '../../src/lib/transcript/chapters';

const root = path.resolve(__dirname, '../..');

interface Source {
  /** Where the text comes from, for the failure message. */
  readonly where: string;
  /** Command lines a reader types (a here-document's body after a newline). */
  readonly commands: readonly string[];
  /** Dockerfile and Compose texts. */
  readonly dockerfiles: readonly string[];
  readonly composeFiles: readonly string[];
}

/** Fenced blocks of a Markdown/MDX text with the given languages. */
function fencedBlocks(text: string, languages: readonly string[]): string[] {
  const blocks: string[] = [];
  for (const m of text.matchAll(/^(\s*)(`{3,})(\w+)[^\n]*\n([\s\S]*?)^\1\2\s*$/gm)) {
    if (languages.includes(m[3]!)) blocks.push(m[4]!);
  }
  return blocks;
}

function chapterSources(): Source[] {
  return loadChapters(root).map((chapter) => {
    const text = readFileSync(path.join(root, chapter.file), 'utf8');
    const typed = chapter.script.lines.filter((l) => !l.expectFailure).map((l) => l.command);
    return {
      where: chapter.file,
      commands: typed,
      // Here-documents in typed lines write Dockerfiles and Compose files too.
      dockerfiles: [...fencedBlocks(text, ['dockerfile', 'Dockerfile']), ...typed],
      composeFiles: [...fencedBlocks(text, ['yaml', 'yml']), ...typed],
    };
  });
}

function exampleSources(): Source[] {
  const examples = path.join(root, 'examples');
  const files = walkFiles(examples, {keep: (name) => /^(?:Dockerfile|compose)/.test(name)});
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const compose = /compose[^/]*\.ya?ml$/.test(file);
    return {
      where: path.relative(root, file),
      commands: [],
      dockerfiles: compose ? [] : [text],
      composeFiles: compose ? [text] : [],
    };
  });
}

function scenarioSources(): Source[] {
  const runs = {...PART3_RUNS, ...PART4_RUNS};
  const fromScenarios = PLAYGROUND_SCENARIOS.map((s) => {
    const commands = [
      ...s.setup,
      ...s.steps.map((step) => step.hint),
      ...(runs[s.id]?.right ?? []),
      ...(runs[s.id]?.wrong ?? []),
    ];
    return {where: `scenario ${s.id}`, commands, dockerfiles: commands, composeFiles: commands};
  });
  const fromStartStates = Object.entries(TRANSCRIPT_START_STATES).map(([id, start]) => ({
    where: `start state of ${id}`,
    commands: start.setup,
    dockerfiles: start.setup,
    composeFiles: start.setup,
  }));
  return [...fromScenarios, ...fromStartStates];
}

export interface ImageUse {
  readonly ref: string;
  readonly where: string;
}

/** The registry images `sources` use, and the names they make themselves. */
export function imageUses(sources: readonly Source[]): {uses: ImageUse[]; made: Set<string>} {
  const uses: ImageUse[] = [];
  const made = new Set<string>();
  for (const source of sources) {
    const add = (refs: readonly string[]): void => {
      for (const ref of refs) uses.push({ref, where: source.where});
    };
    for (const line of source.commands) {
      add(imageRefsInCommandLine(line));
      for (const name of imageNamesMadeByCommandLine(line)) made.add(withTag(name));
    }
    for (const text of source.dockerfiles) add(imageRefsInDockerfile(text));
    for (const text of source.composeFiles) add(imageRefsInCompose(text));
  }
  return {uses, made};
}

const withTag = (ref: string): string =>
  /:[\w][\w.-]*$/.test(ref.split('/').pop() ?? '') || ref.includes('@') ? ref : `${ref}:latest`;

/** The uses whose image neither the catalogue has nor a reader made: `docker pull` fails. */
export function missingImages(uses: readonly ImageUse[], made: ReadonlySet<string>): string[] {
  const missing = new Map<string, string[]>();
  const engine = createEngine({seed: 1, now: () => Date.UTC(2026, 10, 1)});
  for (const {ref, where} of uses) {
    if (made.has(withTag(ref))) continue;
    const pulled = missing.has(ref) || engine.run(`docker pull ${ref}`).exitCode !== 0;
    if (pulled) missing.set(ref, [...(missing.get(ref) ?? []), where]);
  }
  return [...missing].map(([ref, wheres]) => `${ref}  (${[...new Set(wheres)].join(', ')})`);
}

describe('the image catalogue', () => {
  const sources = [...chapterSources(), ...exampleSources(), ...scenarioSources()];
  const {uses, made} = imageUses(sources);

  it('finds image references in chapters, examples and scenarios', () => {
    const refs = new Set(uses.map((u) => u.ref));
    // A few that must be found, one of each kind of place.
    expect(refs).toContain('nginx:1.30-alpine'); // examples/static-site/Dockerfile
    expect(refs).toContain('postgres:17-alpine'); // examples/compose-app/compose.yaml
    expect(refs).toContain('hello-world'); // `docker run hello-world` in the first steps
  });

  it('has every image they use', () => {
    expect(missingImages(uses, made)).toEqual([]);
  });

  it('reports an image that is not in the catalogue (negative control)', () => {
    const fixture: Source = {
      where: 'fixture',
      commands: ['docker run -d --name x -p 8080:80 nginx:0.1-nosuch', 'docker build -t mine:1 .'],
      dockerfiles: ['FROM golang:0.9 AS build\nFROM build\nFROM mine:1\nFROM scratch\n'],
      composeFiles: ['services:\n  db:\n    image: postgres:0.1\n'],
    };
    const found = imageUses([fixture]);
    expect(missingImages(found.uses, found.made)).toEqual([
      'nginx:0.1-nosuch  (fixture)',
      'golang:0.9  (fixture)',
      'postgres:0.1  (fixture)',
    ]);
  });

  it('gives every entry a source', () => {
    const unsourced = CATALOG.filter((c) => !/\S+@\S+ \S+/.test(c.source)).map(
      (c) => `${c.repo}:${c.tags[0]}`,
    );
    expect(unsourced).toEqual([]);
  });
});
