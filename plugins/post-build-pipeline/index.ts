import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildSearchIndex} from './search-index';
import {writeCspConfig} from './csp';
import {writeRedirects} from './redirects';
import {writeServiceWorker} from './precache';
import {
  addRouteScripts,
  chunkGroupRecorder,
  routeScriptsEnabled,
  ROUTE_SCRIPTS_ENV,
} from './route-scripts';

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
    name: 'search index (Pagefind)',
    run: (outDir, context) => buildSearchIndex(outDir, context.baseUrl),
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
    name: 'service worker precache (sw.js)',
    run: async (outDir, context) => void (await writeServiceWorker(outDir, context.siteDir)),
  },
];

export default function postBuildPipeline(context: LoadContext): Plugin {
  return {
    name: 'post-build-pipeline',
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
