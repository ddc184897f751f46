/**
 * The simulated daemon's version, shared by `docker version` and the Engine API's GET /version
 * (what `curl --unix-socket /var/run/docker.sock http://localhost/version` reads). Values of
 * Docker Engine 28.2.2 (moby v28.2.2: api/common.go DefaultVersion 1.50, MinSupportedAPIVersion
 * 1.24, Dockerfile GO_VERSION 1.24.3, commit 45873be) and its bundled containerd, runc, tini.
 */
export const ENGINE = {
  version: '28.2.2',
  apiVersion: '1.50',
  minApiVersion: '1.24',
  goVersion: 'go1.24.3',
  gitCommit: '45873be',
  /** as `docker version` prints it (the client formats BuildTime) */
  built: 'Fri May 30 12:07:26 2025',
  /** the API's BuildTime (`date -u --rfc-3339 ns`; the nanoseconds are not known, so zero) */
  buildTime: '2025-05-30T12:07:26.000000000+00:00',
  os: 'linux',
  arch: 'amd64',
  kernelVersion: '6.8.0-60-generic',
  containerd: {version: '1.7.27', gitCommit: '05044ec0a9a75232cad458027ca83437aae3f4da'},
  runc: {version: '1.2.5', gitCommit: 'v1.2.5-0-g59923ef'},
  dockerInit: {version: '0.19.0', gitCommit: 'de40ad0'},
} as const;

/**
 * GET /version as json.NewEncoder writes types.Version (docker/cli v28.2.2
 * vendor/github.com/docker/docker/api/types/types.go): struct fields in declaration order,
 * Details maps with sorted keys, Experimental false left out (omitempty), a final newline.
 */
export function versionResponse(): string {
  const e = ENGINE;
  const sorted = (m: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({
    Platform: {Name: 'Docker Engine - Community'},
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
    Version: e.version,
    ApiVersion: e.apiVersion,
    MinAPIVersion: e.minApiVersion,
    GitCommit: e.gitCommit,
    GoVersion: e.goVersion,
    Os: e.os,
    Arch: e.arch,
    KernelVersion: e.kernelVersion,
    BuildTime: e.buildTime,
  })}\n`;
}
