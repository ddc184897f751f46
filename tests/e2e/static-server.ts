import {pageFileCandidates} from '../../plugins/shared/html-files';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type {AddressInfo} from 'node:net';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Pagefind's files, gzip already: served as they are, like deploy/nginx.conf's gzip_types. */
const PRECOMPRESSED = /\.(pf_fragment|pf_index|pf_meta|pf_filter|pagefind)$/;

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Resolves a URL path the way Docusaurus' trailingSlash:false output expects. */
export function resolveFile(root: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  const candidate = path.normalize(path.join(root, clean));
  if (!candidate.startsWith(root)) return null;
  // The exact file first (assets), then the pages Docusaurus writes for a URL.
  const options = [candidate, ...pageFileCandidates(clean).map((file) => path.join(root, file))];
  return options.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

/** Serves a built site on 127.0.0.1, gzip-compressed when `gzip` is set. */
export function startStaticServer(
  root: string,
  options: {port?: number; gzip?: boolean} = {},
): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  // Each file is compressed once: the bench runs Lighthouse in this process, and compressing
  // main.js again on every load took CPU from the page while it was being measured.
  const compressed = new Map<string, {readonly source: Buffer; readonly gzip: Buffer}>();
  const gzipOnce = (file: string, source: Buffer): Buffer => {
    const known = compressed.get(file);
    if (known?.source.equals(source)) return known.gzip;
    const gzip = zlib.gzipSync(source);
    compressed.set(file, {source, gzip});
    return gzip;
  };
  const server = http.createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    let file = resolveFile(absoluteRoot, urlPath);
    let status = 200;
    if (!file) {
      status = 404;
      file = path.join(absoluteRoot, '404.html');
    }
    const type = MIME[path.extname(file)] ?? 'application/octet-stream';
    const headers: http.OutgoingHttpHeaders = {'Content-Type': type, 'Cache-Control': 'no-cache'};
    let body: Buffer = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.from('Not found');
    const compressible = !PRECOMPRESSED.test(file);
    if (
      options.gzip &&
      compressible &&
      /gzip/.test(String(request.headers['accept-encoding'] ?? ''))
    ) {
      body = gzipOnce(file, body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const {port} = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
