/**
 * The versions a reader installs today, each with where it was read. Chapters' version lines
 * must not name an Engine or Compose major older than these (tests/unit/version-stamps.test.ts),
 * prose that states a current, latest or minimum version must state one of these, and prose
 * writes them as `:ver[key]` (plugins/remark-versions.ts substitutes the value at build time).
 */
export type VersionKind = 'current' | 'minimum' | 'supported';

export interface VersionFact {
  /** How prose names the product. */
  readonly product: string;
  /** What `:ver[key]` prints. */
  readonly text: string;
  /** The version numbers prose may state for this product, as written after its name. */
  readonly versions: readonly string[];
  readonly kind: VersionKind;
  /** Where the value was read: repo@tag, or a documentation page with its date. */
  readonly source: string;
}

export const VERSIONS = {
  engine: {
    product: 'Docker Engine',
    text: '29.7.2',
    versions: ['29.7.2'],
    kind: 'current',
    source: 'moby/moby@docker-v29.7.2 and docker/cli@v29.7.2 (tagged 2026-08-05)',
  },
  compose: {
    product: 'Docker Compose',
    text: 'v5.5.0',
    versions: ['5.5.0'],
    kind: 'current',
    source: 'docker/compose@v5.5.0 (tagged 2026-08-17)',
  },
  desktop: {
    product: 'Docker Desktop',
    text: '4.84.0',
    versions: ['4.84.0'],
    kind: 'current',
    source:
      'docker/docs content/manuals/desktop/release-notes.md, "4.84.0" (2026-07-27), docs.docker.com/desktop/release-notes',
  },
  'wsl-min': {
    product: 'WSL',
    text: '2.1.5',
    versions: ['2.1.5'],
    kind: 'minimum',
    source: 'docs.docker.com/desktop/setup/install/windows-install (system requirements, 2026)',
  },
  'windows-min': {
    product: 'Windows',
    text: 'Windows 11 23H2(빌드 22631)',
    versions: ['11'],
    kind: 'minimum',
    source:
      'docker/docs content/manuals/desktop/release-notes.md, "4.49.0" (2025-10-23): support for Windows 10 ended, 11 23H2 required',
  },
  'macos-min': {
    product: 'macOS',
    text: 'macOS 14 Sonoma',
    versions: ['14', '15', '26'],
    kind: 'minimum',
    source:
      'docker/docs content/manuals/desktop/release-notes.md, "4.48.0" (2025-10-09): macOS 13 support ended; docs.docker.com/desktop/setup/install/mac-install (current and two previous majors)',
  },
  ubuntu: {
    product: 'Ubuntu',
    text: '26.04 LTS, 25.10, 24.04 LTS, 22.04 LTS',
    versions: ['26.04', '25.10', '24.04', '22.04'],
    kind: 'supported',
    source: 'docker/docs content/manuals/engine/install/ubuntu.md @00ba4d32',
  },
  debian: {
    product: 'Debian',
    text: '13 Trixie, 12 Bookworm, 11 Bullseye',
    versions: ['13', '12', '11'],
    kind: 'supported',
    source: 'docs.docker.com/engine/install/debian (2026)',
  },
  fedora: {
    product: 'Fedora',
    text: '44, 43',
    versions: ['44', '43'],
    kind: 'supported',
    source: 'docs.docker.com/engine/install/fedora (2026)',
  },
  node: {
    product: 'Node.js',
    text: '24',
    versions: ['24'],
    kind: 'current',
    source: 'examples/node-app/Dockerfile (FROM node:24-alpine)',
  },
  temurin: {
    product: 'Eclipse Temurin',
    text: '25',
    versions: ['25'],
    kind: 'current',
    source:
      'examples/java-app/Dockerfile (maven:3.9-eclipse-temurin-25, eclipse-temurin:25-jre-alpine)',
  },
  python: {
    product: 'Python',
    text: '3.13',
    versions: ['3.13'],
    kind: 'current',
    source: 'examples/python-app/Dockerfile (FROM python:3.13-slim)',
  },
  nginx: {
    product: 'nginx',
    text: '1.30',
    versions: ['1.30'],
    kind: 'current',
    source: 'examples/static-site/Dockerfile (FROM nginx:1.30-alpine)',
  },
  kubernetes: {
    product: 'Kubernetes',
    text: '1.37',
    versions: ['1.37'],
    kind: 'current',
    source:
      'kubernetes/kubernetes CHANGELOG/CHANGELOG-1.38.md ("Changelog since v1.37.0"; 1.38 still in alpha, 2026-12)',
  },
  kind: {
    product: 'kind',
    text: 'v0.32.0',
    versions: ['0.32.0'],
    kind: 'current',
    source:
      'kubernetes-sigs/kind@v0.32.0 (tagged 2026-06-02); default node image kindest/node:v1.36.1 (pkg/apis/config/defaults/image.go)',
  },
} as const satisfies Readonly<Record<string, VersionFact>>;

export type VersionKey = keyof typeof VERSIONS;

/** The major version of a `current` fact: `29` of Engine 29.7.2, `5` of Compose v5.5.0. */
export function majorOf(key: VersionKey): number {
  return Number(/\d+/.exec(VERSIONS[key].versions[0]!)![0]);
}
