/**
 * Which value of one container environment variable wins in Docker Compose, as the Docker
 * docs page "Environment variables precedence" orders the sources (highest first):
 * `docker compose run -e`, `environment`/`env_file` with an interpolated value, `environment`
 * alone, `env_file`, the image's `ENV`. An interpolated value comes from the shell first,
 * then from the `--env-file` file or, without that flag, from `.env`; when none has the
 * variable Compose substitutes an empty string and warns.
 */

export type SourceId = 'run-e' | 'interpolated' | 'environment' | 'env-file' | 'image';
export type InterpolationId = 'shell' | 'env-file-flag' | 'dotenv';

export interface Source<Id extends string> {
  readonly id: Id;
  /** Short Korean name of the source. */
  readonly label: string;
  /** Where the reader writes it: a command or a file line. */
  readonly where: string;
  /** The value this source gives NODE_ENV in the example. */
  readonly value: string;
}

export const VARIABLE = 'NODE_ENV';

/** The docs' order, highest precedence first. */
export const SOURCES: readonly Source<SourceId>[] = [
  {
    id: 'run-e',
    label: '명령줄 run -e',
    where: 'docker compose run -e NODE_ENV=debug web',
    value: 'debug',
  },
  {
    id: 'interpolated',
    label: 'environment: 보간한 값',
    where: 'environment:\n  NODE_ENV: ${NODE_ENV}',
    value: '${NODE_ENV}',
  },
  {
    id: 'environment',
    label: 'environment: 적은 값',
    where: 'environment:\n  NODE_ENV: development',
    value: 'development',
  },
  {
    id: 'env-file',
    label: 'env_file: 파일',
    where: 'env_file: ./app.env  (NODE_ENV=test)',
    value: 'test',
  },
  {
    id: 'image',
    label: '이미지의 ENV',
    where: 'ENV NODE_ENV=production  (Dockerfile)',
    value: 'production',
  },
];

/** Where `${NODE_ENV}` is filled from, highest first. */
export const INTERPOLATION_SOURCES: readonly Source<InterpolationId>[] = [
  {id: 'shell', label: '셸 환경 변수', where: 'export NODE_ENV=staging', value: 'staging'},
  {
    id: 'env-file-flag',
    label: '--env-file 파일',
    where: 'docker compose --env-file .env.qa up  (NODE_ENV=qa)',
    value: 'qa',
  },
  {id: 'dotenv', label: '.env 파일', where: '.env  (NODE_ENV=demo)', value: 'demo'},
];

/** docker/compose's warning when an interpolated variable is set nowhere. */
export const UNSET_WARNING = `The "${VARIABLE}" variable is not set. Defaulting to a blank string.`;

export type Status = 'wins' | 'overridden' | 'off' | 'ignored';

export interface Resolution {
  /** The source whose value the container gets, or null when no source sets the variable. */
  readonly winner: SourceId | null;
  /** The container's value; null when the variable is not set at all. */
  readonly value: string | null;
  /** For the interpolated source: where `${NODE_ENV}` was filled from (null: nowhere). */
  readonly interpolatedFrom: InterpolationId | null;
  readonly warning: string | null;
  readonly status: Readonly<Record<SourceId, Status>>;
  readonly interpolationStatus: Readonly<Record<InterpolationId, Status>>;
}

/** What `${NODE_ENV}` becomes: the shell wins; `--env-file` replaces `.env` instead of adding to it. */
function interpolate(on: ReadonlySet<string>): {
  from: InterpolationId | null;
  status: Record<InterpolationId, Status>;
} {
  const status = {} as Record<InterpolationId, Status>;
  let from: InterpolationId | null = null;
  for (const s of INTERPOLATION_SOURCES) {
    if (!on.has(s.id)) status[s.id] = 'off';
    else if (s.id === 'dotenv' && on.has('env-file-flag')) status[s.id] = 'ignored';
    else if (from === null) {
      from = s.id;
      status[s.id] = 'wins';
    } else status[s.id] = 'overridden';
  }
  return {from, status};
}

/** Resolves NODE_ENV for a set of switched-on source ids (both kinds in one set). */
export function resolve(on: ReadonlySet<string>): Resolution {
  const interp = interpolate(on);
  const status = {} as Record<SourceId, Status>;
  let winner: SourceId | null = null;
  for (const s of SOURCES) {
    if (!on.has(s.id)) status[s.id] = 'off';
    else if (winner === null) {
      winner = s.id;
      status[s.id] = 'wins';
    } else status[s.id] = 'overridden';
  }
  const interpolatedWins = winner === 'interpolated';
  const value =
    winner === null
      ? null
      : interpolatedWins
        ? interp.from === null
          ? ''
          : INTERPOLATION_SOURCES.find((s) => s.id === interp.from)!.value
        : SOURCES.find((s) => s.id === winner)!.value;
  return {
    winner,
    value,
    interpolatedFrom: interpolatedWins ? interp.from : null,
    warning: on.has('interpolated') && interp.from === null ? UNSET_WARNING : null,
    status,
    interpolationStatus: interp.status,
  };
}

export const ALL_ON: ReadonlySet<string> = new Set([
  ...SOURCES.map((s) => s.id),
  ...INTERPOLATION_SOURCES.map((s) => s.id),
]);

/** One sentence for the live region and the text alternative. */
export function describe(r: Resolution): string {
  if (r.winner === null || r.value === null)
    return `${VARIABLE}는 어느 곳에서도 정해지지 않아 컨테이너에 없습니다.`;
  const source = SOURCES.find((s) => s.id === r.winner)!;
  const shown = r.value === '' ? '빈 문자열' : r.value;
  if (r.winner !== 'interpolated') return `${VARIABLE}=${r.value}: ${source.label}이(가) 이깁니다.`;
  const from = INTERPOLATION_SOURCES.find((s) => s.id === r.interpolatedFrom);
  return from
    ? `${VARIABLE}=${r.value}: ${source.label}이(가) 이기고, 그 값은 ${from.label}에서 왔습니다.`
    : `${VARIABLE}=(${shown}): 보간할 값이 어디에도 없어 빈 문자열이 들어가고 경고가 나옵니다.`;
}
