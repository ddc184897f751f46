import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {
  ARCHIVES_DATA_FILE,
  archiveInfo,
  buildExampleArchives,
  writeExampleArchives,
  type ExampleArchiveInfo,
} from './example-archives';
import {addCompileHints} from './compile-hints';
import {buildSearchIndex} from './search-index';
import {addSearchPreloads} from './search-preloads';
import {writeCspConfig} from './csp';
import {writeRedirects} from './redirects';
import {writeServiceWorker} from './precache';
import {
  addRouteScripts,
  chunkGroupRecorder,
  routeScriptsEnabled,
  ROUTE_SCRIPTS_ENV,
} from './route-scripts';

const examplesDirOf = (context: LoadContext) => path.join(context.siteDir, 'examples');

export interface PostBuildStep {
  readonly name: string;
  run(outDir: string, context: LoadContext): Promise<void>;
}

// Docusaurus runs every plugin's postBuild concurrently, so steps that read
// each other's output live here and run strictly in this order.
// ROUTE_SCRIPTS=off skips the first step (and the chunk-group recorder it needs), for when
// Docusaurus's generated files change shape; see route-scripts.ts and src/theme/README.md.
export const steps: readonly PostBuildStep[] = [
  {
    name: "route chunks in each page's script list",
    run: async (outDir, context) => {
      if (!routeScriptsEnabled(process.env)) {
        console.log(
          `[post-build] ${ROUTE_SCRIPTS_ENV}=off: pages load their route chunks after main.js`,
        );
        return;
      }
      const pages = await addRouteScripts(outDir, context.generatedFilesDir, context.baseUrl);
      console.log(`[post-build] ${pages} pages load their route chunks alongside main.js`);
    },
  },
  {
    // After the route chunks joined the pages' script lists; before the precache hashes files.
    name: 'compile hints on the start-up scripts and the engine',
    run: async (outDir, context) => {
      const count = addCompileHints(outDir, context.baseUrl);
      console.log(`[post-build] ${count} start-up scripts and the engine carry V8's compile hint`);
    },
  },
  {
    name: 'search index (Pagefind)',
    run: (outDir, context) => buildSearchIndex(outDir, context.baseUrl),
  },
  {
    // After the search index, whose files it checks; before the precache hashes the page.
    name: "Pagefind's script and the lexicon preloaded by the search page",
    run: async (outDir, context) => addSearchPreloads(outDir, context.baseUrl),
  },
  {
    // After the search index (redirect pages are not content), before the CSP and precache.
    name: 'redirects from moved chapters',
    run: async (outDir, context) => {
      const count = writeRedirects(outDir, context.baseUrl, undefined, context.siteConfig.url);
      console.log(`[post-build] ${count} old chapter URLs redirect to their new pages`);
    },
  },
  {
    name: 'Content-Security-Policy hashes (nginx-csp.conf)',
    run: (outDir) => writeCspConfig(outDir),
  },
  {
    // Before the precache, so the service worker lists the archives and serves them offline.
    name: 'example archives (examples/<name>.zip)',
    run: async (outDir, context) => {
      const archives = buildExampleArchives(examplesDirOf(context));
      const count = writeExampleArchives(outDir, archives, readArchivesData(context));
      console.log(`[post-build] ${count} example archives in examples/`);
    },
  },
  {
    name: 'service worker precache (sw.js)',
    run: async (outDir, context) => void (await writeServiceWorker(outDir, context.siteDir)),
  },
];

const PLUGIN_NAME = 'post-build-pipeline';

/** Where `createData` put the archive list the pages were rendered with (plugin id `default`). */
export function archivesDataPath(generatedFilesDir: string): string {
  return path.join(generatedFilesDir, PLUGIN_NAME, 'default', ARCHIVES_DATA_FILE);
}

function readArchivesData(context: LoadContext): ExampleArchiveInfo[] {
  const file = archivesDataPath(context.generatedFilesDir);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ExampleArchiveInfo[];
}

export default function postBuildPipeline(context: LoadContext): Plugin {
  return {
    name: PLUGIN_NAME,
    getPathsToWatch: () => [path.join(examplesDirOf(context), '**')],
    // The archives' sizes before any page renders: src/components/ExampleDownload imports them.
    async contentLoaded({actions}) {
      const shown = buildExampleArchives(examplesDirOf(context)).map(archiveInfo);
      await actions.createData(ARCHIVES_DATA_FILE, JSON.stringify(shown, null, 2));
    },
    configureWebpack(_config, isServer) {
      if (isServer || !routeScriptsEnabled(process.env)) return {};
      return {plugins: [chunkGroupRecorder(context.generatedFilesDir)]};
    },
    async postBuild({outDir}) {
      for (const step of steps) {
        const started = Date.now();
        await step.run(outDir, context);
        console.log(`[post-build] ${step.name}: ${Date.now() - started} ms`);
      }
    },
  };
}
