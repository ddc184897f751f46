/**
 * Data and rules for the ImageLayers diagram: which Dockerfile line makes which
 * layer, which layers two images share, and what copy-up puts in a container's
 * writable layer. Sizes and digests are example values, shortened like
 * `docker image inspect` users usually quote them.
 */

export interface DockerfileLine {
  readonly text: string;
  /** Layer id this line produces, or null when it only changes the image config. */
  readonly layer: string | null;
  /** What the line changes when it makes no layer. */
  readonly configNote?: string;
}

export interface Layer {
  readonly id: string;
  readonly label: string;
  readonly size: string;
  readonly digest: string;
  /** Files this layer adds, for the copy-up story. */
  readonly files: readonly string[];
}

export interface ImageDef {
  readonly name: string;
  readonly dockerfile: readonly DockerfileLine[];
  /** Bottom to top. */
  readonly layers: readonly string[];
}

export const LAYERS: Readonly<Record<string, Layer>> = {
  base: {
    id: 'base',
    label: 'alpine:3.22 기반 레이어',
    size: '8.3 MB',
    digest: 'sha256:9a1d5c…e07b',
    files: ['/bin/busybox', '/etc/apk/…', '/lib/ld-musl-…'],
  },
  python: {
    id: 'python',
    label: 'RUN apk add --no-cache python3',
    size: '41.9 MB',
    digest: 'sha256:3be47f…91c2',
    files: ['/usr/bin/python3', '/usr/lib/python3.12/…'],
  },
  app: {
    id: 'app',
    label: 'COPY app.py /app/',
    size: '1.2 kB',
    digest: 'sha256:c81f02…5d4a',
    files: ['/app/app.py'],
  },
  curl: {
    id: 'curl',
    label: 'RUN apk add --no-cache curl',
    size: '3.6 MB',
    digest: 'sha256:71e0ab…2f38',
    files: ['/usr/bin/curl'],
  },
};

export const IMAGE_APP: ImageDef = {
  name: 'myapp:1.0',
  dockerfile: [
    {text: 'FROM alpine:3.22', layer: 'base'},
    {text: 'RUN apk add --no-cache python3', layer: 'python'},
    {
      text: 'ENV PYTHONUNBUFFERED=1',
      layer: null,
      configNote: '레이어를 만들지 않고 이미지 설정(config)의 Env에 기록됩니다.',
    },
    {text: 'COPY app.py /app/', layer: 'app'},
    {
      text: 'CMD ["python3", "/app/app.py"]',
      layer: null,
      configNote: '레이어를 만들지 않고 이미지 설정(config)의 Cmd에 기록됩니다.',
    },
  ],
  layers: ['base', 'python', 'app'],
};

export const IMAGE_TOOLS: ImageDef = {
  name: 'tools:1.0',
  dockerfile: [
    {text: 'FROM alpine:3.22', layer: 'base'},
    {text: 'RUN apk add --no-cache curl', layer: 'curl'},
  ],
  layers: ['base', 'curl'],
};

/** Layers both images use: stored and pulled only once. */
export function sharedLayers(a: ImageDef, b: ImageDef): string[] {
  return a.layers.filter((id) => b.layers.includes(id));
}

export interface WritableEntry {
  readonly path: string;
  readonly note: string;
}

/** The file the "파일 수정" button changes inside the running container. */
export const EDITED_FILE = '/app/app.py';

/**
 * What the container's writable layer holds after editing `path`: overlayfs
 * copies the whole file up from the highest lower layer that has it, then the
 * write goes to the copy. Lower layers never change.
 */
export function writableLayerAfterEdit(
  image: ImageDef,
  path: string,
): {entries: WritableEntry[]; copiedFrom: string | null} {
  const from = [...image.layers].reverse().find((id) => LAYERS[id]!.files.includes(path)) ?? null;
  if (from === null)
    return {
      entries: [{path, note: '새 파일: 쓰기 가능 레이어에 바로 생깁니다.'}],
      copiedFrom: null,
    };
  return {
    entries: [
      {
        path,
        note: `copy-up: "${LAYERS[from]!.label}" 레이어에서 파일 전체를 복사한 뒤 수정했습니다.`,
      },
    ],
    copiedFrom: from,
  };
}

/** Total size of an image's layers in MB, rounded to one decimal (example values). */
export function totalSizeMB(image: ImageDef): number {
  const toMB = (size: string) => {
    const [value, unit] = size.split(' ');
    const n = Number(value);
    return unit === 'kB' ? n / 1000 : n;
  };
  return Math.round(image.layers.reduce((sum, id) => sum + toMB(LAYERS[id]!.size), 0) * 10) / 10;
}
