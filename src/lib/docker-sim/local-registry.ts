/**
 * A registry on the reader's own machine: a running container of the `registry` image (CNCF
 * Distribution) whose port 5000 is published on the host. `docker push localhost:5000/app` reaches
 * it through the published port, without a login (the image's default configuration has no auth:
 * distribution/distribution-library-image config-example.yml).
 */
import {familiarName, parseNormalizedNamed} from './reference';
import type {ContainerRecord, EngineState} from './state';

/** The port the registry image listens on (`http.addr: :5000` in its configuration). */
export const REGISTRY_CONTAINER_PORT = 5000;

/** The host port of a registry address on this machine (`localhost:5000`, `127.0.0.1:5000`), else null. */
export function localRegistryPort(domain: string): number | null {
  const match = /^(localhost|127\.0\.0\.1):(\d{1,5})$/.exec(domain);
  return match ? Number(match[2]) : null;
}

/** Whether the container runs the official `registry` image, under any of its tags. */
function runsRegistryImage(state: EngineState, c: ContainerRecord): boolean {
  const image = state.images.find((i) => i.id === c.imageId);
  const names = [c.image, ...(image?.repoTags ?? [])];
  return names.some((name) => {
    const ref = parseNormalizedNamed(name);
    return typeof ref !== 'string' && familiarName(ref) === 'registry';
  });
}

/** The running registry container that answers on `hostPort` of the host, if there is one. */
export function localRegistryContainer(
  state: EngineState,
  hostPort: number,
): ContainerRecord | null {
  return (
    state.containers.find(
      (c) =>
        c.state === 'running' &&
        runsRegistryImage(state, c) &&
        c.ports.some(
          (p) =>
            p.hostPort === hostPort &&
            p.containerPort === REGISTRY_CONTAINER_PORT &&
            p.proto === 'tcp',
        ),
    ) ?? null
  );
}

/** Whether a push to `domain` goes to a local registry that runs now (and needs no login). */
export function pushesToLocalRegistry(state: EngineState, domain: string): boolean {
  const port = localRegistryPort(domain);
  return port !== null && localRegistryContainer(state, port) !== null;
}

/**
 * What the registry image's `/entrypoint.sh` execs (distribution-library-image entrypoint.sh): a
 * `*.yml`/`*.yaml` argument becomes `registry serve <file>`, a subcommand or flag `registry …`;
 * anything else runs as given. Null when `argv` does not start with that script.
 */
export function registryEntrypointArgv(argv: readonly string[]): string[] | null {
  if (argv[0] !== '/entrypoint.sh' || argv.length < 2) return null;
  const [, first, ...rest] = argv as [string, string, ...string[]];
  if (/\.(yaml|yml)$/.test(first)) return ['registry', 'serve', first, ...rest];
  if (['serve', 'garbage-collect', 'help'].includes(first) || first.startsWith('-'))
    return ['registry', first, ...rest];
  return [first, ...rest];
}
