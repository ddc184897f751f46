import type {ReactNode} from 'react';
import archives from '@generated/post-build-pipeline/default/example-archives.json';
import ExampleDownloadBox from './ExampleDownloadBox';
import {EXAMPLE_ROUTES} from './routes';

export interface ExampleDownloadProps {
  /** Folder name under examples/, e.g. `node-app`. */
  readonly name: string;
}

/**
 * `<ExampleDownload name="node-app" />` at the top of a practice chapter. The archive's size
 * and file count come from the post-build-pipeline plugin, which computes them before pages
 * render and writes exactly that archive after the build; an unknown name fails the build.
 */
export default function ExampleDownload({name}: ExampleDownloadProps): ReactNode {
  const archive = archives.find((candidate) => candidate.name === name);
  const route = EXAMPLE_ROUTES[name];
  if (!archive || !route) {
    throw new Error(
      `<ExampleDownload name="${name}">: no ${archive ? 'route in routes.ts' : 'archive'} for examples/${name}`,
    );
  }
  return <ExampleDownloadBox archive={archive} route={route} />;
}
