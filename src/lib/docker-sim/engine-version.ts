/**
 * The simulated daemon's version, shared by `docker version`, `docker info` and the Engine API's
 * GET /version (what `curl --unix-socket /var/run/docker.sock http://localhost/version` reads).
 * Docker Engine 29.7.2: moby docker-v29.7.2 daemon/config/config.go (MaxAPIVersion 1.55,
 * defaultMinAPIVersion 1.40), Dockerfile (GO_VERSION 1.26.5, CONTAINERD_VERSION v2.3.3,
 * RUNC_VERSION v1.4.3, TINI_VERSION v0.19.0), tag commit 6a43e3d.
 */
export const ENGINE = {
  version: '29.7.2',
  apiVersion: '1.55',
  minApiVersion: '1.40',
  goVersion: 'go1.26.5',
  gitCommit: '6a43e3d',
  /**
   * As `docker version` prints it (the client's reformatDate, time.ANSIC). The release's build
   * time is not in the sources: this is the tag commit's time (2026-08-05T20:24:27+02:00).
   */
  built: 'Wed Aug  5 18:24:27 2026',
  /** the API's BuildTime (`date -u --rfc-3339 ns`; the nanoseconds are not known, so zero) */
  buildTime: '2026-08-05T18:24:27.000000000+00:00',
  /** moby docker-v29.7.2 daemon/info.go moduleName and defaultModuleVersion (not known for a release build) */
  module: 'github.com/moby/moby/v2',
  moduleVersion: 'v2.0.0+unknown',
  os: 'linux',
  arch: 'amd64',
  kernelVersion: '6.8.0-60-generic',
  /** containerd v2.3.3 (tag commit aad1100), written without `v` as the 28.2 packages printed 1.7.27 */
  containerd: {version: '2.3.3', gitCommit: 'aad11006b869517fcd3009450b6f82da282e1a9b'},
  /** runc v1.4.3 (tag commit bb14dab; `git describe --long` as runc's Makefile COMMIT) */
  runc: {version: '1.4.3', gitCommit: 'v1.4.3-0-gbb14dab'},
  dockerInit: {version: '0.19.0', gitCommit: 'de40ad0'},
} as const;

/**
 * The client half: docker/cli v29.7.2 (tag commit a7dcaa6, Dockerfile GO_VERSION 1.26.5,
 * vendored moby client MaxAPIVersion 1.55). `built` is the tag commit's time, as for the engine.
 */
export const CLIENT = {
  version: '29.7.2',
  apiVersion: '1.55',
  goVersion: 'go1.26.5',
  gitCommit: 'a7dcaa6',
  built: 'Wed Aug  5 17:34:15 2026',
} as const;

/** CLI plugins installed beside the client (the docker-buildx-plugin and docker-compose-plugin packages). */
export const CLI_PLUGINS = [
  // docker/buildx v0.36.1 commands/root.go (Short), cmd/buildx/main.go (Vendor, version)
  {name: 'buildx', description: 'Docker Buildx', version: 'v0.36.1'},
  // docker/compose v5.5.0 cmd/compose/compose.go (Short), cmd/main.go (Vendor, internal.Version)
  {name: 'compose', description: 'Docker Compose', version: 'v5.5.0'},
] as const;

/**
 * GET /version as json.NewEncoder writes system.VersionResponse (moby docker-v29.7.2
 * api/types/system/version_response.go, filled by daemon/info.go SystemVersion): struct fields in
 * declaration order, Details maps with sorted keys, Experimental false left out (omitempty), a
 * final newline.
 */
export function versionResponse(): string {
  const e = ENGINE;
  const sorted = (m: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({
    Platform: {Name: 'Docker Engine - Community'},
    Version: e.version,
    ApiVersion: e.apiVersion,
    MinAPIVersion: e.minApiVersion,
    Os: e.os,
    Arch: e.arch,
    Components: [
      {
        Name: 'Engine',
        Version: e.version,
        Details: sorted({
          ApiVersion: e.apiVersion,
          Arch: e.arch,
          BuildTime: e.buildTime,
          Experimental: 'false',
          GitCommit: e.gitCommit,
          GoVersion: e.goVersion,
          KernelVersion: e.kernelVersion,
          MinAPIVersion: e.minApiVersion,
          Module: e.module,
          ModuleVersion: e.moduleVersion,
          Os: e.os,
        }),
      },
      {
        Name: 'containerd',
        Version: e.containerd.version,
        Details: {GitCommit: e.containerd.gitCommit},
      },
      {Name: 'runc', Version: e.runc.version, Details: {GitCommit: e.runc.gitCommit}},
      {
        Name: 'docker-init',
        Version: e.dockerInit.version,
        Details: {GitCommit: e.dockerInit.gitCommit},
      },
    ],
    GitCommit: e.gitCommit,
    GoVersion: e.goVersion,
    KernelVersion: e.kernelVersion,
    BuildTime: e.buildTime,
  })}\n`;
}
