// @ts-check
// Right after hydration, four Docusaurus providers change their context value in an effect
// (isBrowser, the stored docs version, the window size, the navbar's secondary menu). Updates
// made in effects get React's default lane, whose render is not time-sliced: React re-rendered
// their readers and walked the whole page's fibers to find them in one long task. Made in
// `startTransition`, the same updates render in slices between which the browser can answer
// input. These edits are applied to the installed files at build time (loader.cjs); when an
// upgrade changes a file so that an edit no longer applies, the build fails and names it.

/**
 * @typedef {{readonly find: string, readonly replace: string}} Edit
 * @typedef {{readonly module: string, readonly edits: readonly Edit[], readonly built: RegExp}} Patch
 *
 * `built`: what the edited update looks like in the minified build (names of imports' members
 * and object keys survive minification); tests/integration/hydration-transitions-build.test.ts
 * checks that every patch reached the build, since a loader that no longer matched a path
 * would leave the files as they are without an error.
 */

/** @type {readonly Patch[]} */
const PATCHES = [
  {
    module: '@docusaurus/core/lib/client/browserContext.js',
    edits: [
      {
        find: "import React, { useEffect, useState } from 'react';",
        replace: "import React, { startTransition, useEffect, useState } from 'react';",
      },
      {
        find: '        setIsBrowser(true);',
        replace: '        startTransition(() => setIsBrowser(true));',
      },
    ],
    built: /useEffect\)\(\(\)=>\{\(0,\w+\.startTransition\)\(\(\)=>\w+\(!0\)\)\},\[\]\)/,
  },
  {
    module: '@docusaurus/plugin-content-docs/lib/client/docsPreferredVersion.js',
    edits: [
      {
        find: 'import React, { useContext,',
        replace: 'import React, { startTransition, useContext,',
      },
      {
        find: '        setState(readStorageState({ allDocsData, versionPersistence, pluginIds }));',
        replace:
          '        startTransition(() => setState(readStorageState({ allDocsData, versionPersistence, pluginIds })));',
      },
    ],
    built: /startTransition\)\(\(\)=>\w+\([^;]{0,60}\b(pluginIds|versionPersistence|allDocsData)\b/,
  },
  {
    module: '@docusaurus/theme-common/lib/hooks/useWindowSize.js',
    edits: [
      {
        find: "import { useEffect, useState } from 'react';",
        replace: "import { startTransition, useEffect, useState } from 'react';",
      },
      // The first measurement only; a resize still updates at once.
      {
        find: '        updateWindowSize();\n',
        replace: '        startTransition(updateWindowSize);\n',
      },
    ],
    built: /startTransition\)\(\w+\),window\.addEventListener\("resize"/,
  },
  {
    module: '@docusaurus/theme-common/lib/contexts/navbarSecondaryMenu/content.js',
    edits: [
      {find: 'import React, { useState,', replace: 'import React, { startTransition, useState,'},
      {
        find: '        setContent({ component, props: memoizedProps });',
        replace: '        startTransition(() => setContent({ component, props: memoizedProps }));',
      },
    ],
    built: /startTransition\)\(\(\)=>\w+\(\{component:\w+,props:\w+\}\)\)/,
  },
];

/** @param {string} file */
const normalise = (file) => file.split('\\').join('/');

/**
 * The patch for a file, if it is one of the patched modules.
 * @param {string} resourcePath
 * @returns {Patch | undefined}
 */
function patchFor(resourcePath) {
  const file = normalise(resourcePath);
  return PATCHES.find((patch) => file.endsWith(`/node_modules/${patch.module}`));
}

/**
 * Applies the file's edits; throws when one of them does not apply exactly once.
 * @param {string} resourcePath
 * @param {string} source
 * @returns {string}
 */
function patchSource(resourcePath, source) {
  const patch = patchFor(resourcePath);
  if (!patch) return source;
  let patched = source;
  for (const {find, replace} of patch.edits) {
    const count = patched.split(find).length - 1;
    if (count !== 1) {
      throw new Error(
        `hydration-transitions: ${patch.module} holds ${count === 0 ? 'no' : count} copies of ${JSON.stringify(find)}; Docusaurus changed this file, so check whether it still updates its context in an effect after hydration and update the edit in plugins/hydration-transitions/patches.cjs (or remove it)`,
      );
    }
    patched = patched.replace(find, replace);
  }
  return patched;
}

module.exports = {PATCHES, patchFor, patchSource};
