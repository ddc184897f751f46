import fs from 'node:fs';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {startStaticServer, type StaticServer} from './static-server';
import {chromiumPath} from './browser';

let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const buildDir = path.resolve(process.env.BUILD_DIR ?? 'build');
  if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(`No built site in ${buildDir}. Run "npm run build" first.`);
  }
  chromiumPath();
  server = await startStaticServer(buildDir);
  project.provide('baseURL', server.url);
  project.provide('buildDir', buildDir);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    buildDir: string;
  }
}
