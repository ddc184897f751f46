/**
 * The playground's Docker host as a picture (issue: live host view): containers grouped by the
 * networks they are on, the host ports published to them, volumes and images with the
 * containers that use them, and what the last command changed. Pure; the view is
 * components/playground/HostView.tsx, fed with the panel data the state tables show.
 */

export type HostContainerState =
  'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead';

/** The part of the playground's panel data the picture needs (structurally PanelData). */
export interface HostInput {
  readonly images: readonly {readonly id: string; readonly reference: string}[];
  readonly containers: readonly {
    readonly id: string;
    readonly name: string;
    readonly image: string;
    readonly state: HostContainerState;
    readonly exitCode: number;
    /** As `docker ps` shows them: `0.0.0.0:8080->80/tcp`. */
    readonly ports: readonly string[];
    readonly networks: readonly string[];
    /** Names of the volumes mounted (bind mounts are not volumes). */
    readonly volumes: readonly string[];
  }[];
  readonly volumes: readonly {readonly name: string}[];
  readonly networks: readonly {readonly name: string; readonly driver: string}[];
}

export type HostContainer = HostInput['containers'][number];

export interface PublishedPort {
  readonly hostPort: string;
  readonly container: string;
  readonly containerPort: string;
}

export interface HostModel {
  readonly ports: readonly PublishedPort[];
  /** Every network, with the containers on it (a container on two networks is in both). */
  readonly networks: readonly {
    readonly name: string;
    readonly driver: string;
    readonly members: readonly HostContainer[];
  }[];
  /** Containers on no network (`--network none` keeps them on `none`; this is for safety). */
  readonly unattached: readonly HostContainer[];
  readonly volumes: readonly {readonly name: string; readonly usedBy: readonly string[]}[];
  readonly images: readonly {readonly reference: string; readonly usedBy: readonly string[]}[];
}

const PORT = /^(?:\[?[\d.:a-f]*\]?:)?(\d+)->(\d+\/\w+)$/;

/** `0.0.0.0:8080->80/tcp` → host 8080, container 80/tcp; a port only exposed gives null. */
export function parsePort(text: string): {hostPort: string; containerPort: string} | null {
  const match = PORT.exec(text.trim());
  return match ? {hostPort: match[1]!, containerPort: match[2]!} : null;
}

/** A container's image as it names it, matched against the image list's references. */
function usesImage(container: HostContainer, reference: string): boolean {
  const wanted = container.image.includes(':') ? container.image : `${container.image}:latest`;
  return wanted === reference || container.image === reference;
}

export function hostModel(input: HostInput): HostModel {
  const ports: PublishedPort[] = [];
  const seen = new Set<string>();
  for (const container of input.containers) {
    for (const text of container.ports) {
      const port = parsePort(text);
      // IPv4 and IPv6 bindings of one port show as two entries in `docker ps`: draw one.
      const key = port && `${port.hostPort}/${container.name}`;
      if (port && key && !seen.has(key)) {
        seen.add(key);
        ports.push({...port, container: container.name});
      }
    }
  }
  return {
    ports,
    networks: input.networks.map(({name, driver}) => ({
      name,
      driver,
      members: input.containers.filter((c) => c.networks.includes(name)),
    })),
    unattached: input.containers.filter((c) => c.networks.length === 0),
    volumes: input.volumes.map(({name}) => ({
      name,
      usedBy: input.containers.filter((c) => c.volumes.includes(name)).map((c) => c.name),
    })),
    images: input.images.map(({reference}) => ({
      reference,
      usedBy: input.containers.filter((c) => usesImage(c, reference)).map((c) => c.name),
    })),
  };
}

export type ChangeKind = 'added' | 'changed';

export interface HostChanges {
  /** Keys (`container:ID`, `volume:NAME`, `network:NAME`, `image:REF`) → what happened. */
  readonly marks: ReadonlyMap<string, ChangeKind>;
  /** Things that are gone, as readers know them (`컨테이너 web`). */
  readonly removed: readonly string[];
  /** One Korean sentence for screen readers; empty when nothing changed. */
  readonly summary: string;
}

const containerShape = (c: HostContainer): string =>
  JSON.stringify([c.name, c.state, c.exitCode, c.ports, c.networks, c.volumes]);

const NO_CHANGES: HostChanges = {marks: new Map(), removed: [], summary: ''};

/** What the last command changed, from the picture before it to the one after. */
export function hostChanges(before: HostInput, after: HostInput): HostChanges {
  if (before === after) return NO_CHANGES;
  const marks = new Map<string, ChangeKind>();
  const said: string[] = [];
  const removed: string[] = [];

  const oldContainers = new Map(before.containers.map((c) => [c.id, c]));
  for (const container of after.containers) {
    const old = oldContainers.get(container.id);
    if (!old) {
      marks.set(`container:${container.id}`, 'added');
      said.push(`컨테이너 ${container.name} 생김`);
    } else if (containerShape(old) !== containerShape(container)) {
      marks.set(`container:${container.id}`, 'changed');
      said.push(`컨테이너 ${container.name} 바뀜`);
    }
  }
  const newIds = new Set(after.containers.map((c) => c.id));
  for (const c of before.containers) if (!newIds.has(c.id)) removed.push(`컨테이너 ${c.name}`);

  const named = (
    kind: 'volume' | 'network' | 'image',
    label: string,
    names: (input: HostInput) => string[],
  ): void => {
    const old = new Set(names(before));
    const now = new Set(names(after));
    for (const name of now)
      if (!old.has(name)) {
        marks.set(`${kind}:${name}`, 'added');
        said.push(`${label} ${name} 생김`);
      }
    for (const name of old) if (!now.has(name)) removed.push(`${label} ${name}`);
  };
  named('volume', '볼륨', (i) => i.volumes.map((v) => v.name));
  named('network', '네트워크', (i) => i.networks.map((n) => n.name));
  named('image', '이미지', (i) => i.images.map((img) => img.reference));

  const parts = [...said, ...removed.map((r) => `${r} 사라짐`)];
  return {
    marks,
    removed,
    summary: parts.length === 0 ? '' : `마지막 명령으로 바뀐 것: ${parts.join(', ')}`,
  };
}
