/**
 * Layer-cache invalidation for the BuildCache diagram.
 *
 * A BuildKit build reuses a step from cache when the step itself is unchanged
 * (same instruction text, and for COPY/ADD the same content of the files it copies)
 * AND every step before it was reused too. Once one step misses the cache,
 * every later step runs again. This module models exactly that rule for a small
 * Node.js Dockerfile in two orders.
 */

export type StepKind = 'from' | 'workdir' | 'copy' | 'run' | 'config';

export interface Step {
  /** The Dockerfile line as written. */
  readonly text: string;
  readonly kind: StepKind;
  /** For COPY: the files it reads from the build context ('*' = everything). */
  readonly sources?: readonly string[];
}

export type Order = 'good' | 'naive';

export type Change =
  | {readonly kind: 'none'}
  | {readonly kind: 'files'; readonly files: readonly string[]}
  | {readonly kind: 'base'}
  | {readonly kind: 'instruction'; readonly index: number};

export type Status = 'cached' | 'rebuilt' | 'config';

export interface StepResult {
  readonly index: number;
  readonly step: Step;
  readonly status: Status;
  /** "[3/5]" style position among the build steps, as BuildKit prints it; null for config-only lines. */
  readonly position: string | null;
  /** Why the step was (not) rebuilt, in Korean. */
  readonly reason: string;
}

const FROM: Step = {text: 'FROM node:24-alpine', kind: 'from'};
const WORKDIR: Step = {text: 'WORKDIR /app', kind: 'workdir'};
const COPY_MANIFEST: Step = {
  text: 'COPY package.json package-lock.json ./',
  kind: 'copy',
  sources: ['package.json', 'package-lock.json'],
};
const NPM_CI: Step = {text: 'RUN npm ci --omit=dev', kind: 'run'};
const COPY_ALL: Step = {text: 'COPY . .', kind: 'copy', sources: ['*']};
const CMD: Step = {text: 'CMD ["node", "src/server.js"]', kind: 'config'};

export const DOCKERFILES: Readonly<Record<Order, readonly Step[]>> = {
  good: [FROM, WORKDIR, COPY_MANIFEST, NPM_CI, COPY_ALL, CMD],
  naive: [FROM, WORKDIR, COPY_ALL, NPM_CI, CMD],
};

export interface Scenario {
  readonly id: string;
  readonly label: string;
  readonly change: Change;
}

export const SCENARIOS: readonly Scenario[] = [
  {id: 'none', label: '아무것도 안 바꿈', change: {kind: 'none'}},
  {id: 'source', label: '소스 코드만 변경', change: {kind: 'files', files: ['src/server.js']}},
  {
    id: 'package',
    label: 'package.json 변경',
    change: {kind: 'files', files: ['package.json', 'package-lock.json']},
  },
  {id: 'base', label: '베이스 이미지 변경', change: {kind: 'base'}},
];

function touches(step: Step, files: readonly string[]): boolean {
  if (!step.sources) return false;
  return step.sources.includes('*') || step.sources.some((s) => files.includes(s));
}

function ownChange(step: Step, index: number, change: Change): string | null {
  switch (change.kind) {
    case 'none':
      return null;
    case 'base':
      return step.kind === 'from' ? '베이스 이미지의 digest가 바뀌어 새로 받습니다.' : null;
    case 'instruction':
      return change.index === index ? '이 줄의 내용이 바뀌어 캐시 키가 달라졌습니다.' : null;
    case 'files':
      return touches(step, change.files)
        ? `복사하는 파일(${change.files.join(', ')})의 내용이 바뀌었습니다.`
        : null;
  }
}

/** Which steps of the Dockerfile in `order` run again after `change`. */
export function simulateBuild(order: Order, change: Change): StepResult[] {
  const steps = DOCKERFILES[order];
  const buildSteps = steps.filter((s) => s.kind !== 'config').length;
  let position = 0;
  let broken = false;
  return steps.map((step, index) => {
    const own = ownChange(step, index, change);
    if (step.kind === 'config') {
      // CMD/EXPOSE only change the image config; they make no layer and are never "CACHED" in the log.
      return {
        index,
        step,
        status: 'config',
        position: null,
        reason: own ?? '설정만 바꾸는 줄이라 레이어를 만들지 않습니다.',
      };
    }
    position += 1;
    const pos = `[${position}/${buildSteps}]`;
    if (own) {
      broken = true;
      return {index, step, status: 'rebuilt', position: pos, reason: own};
    }
    if (broken) {
      return {
        index,
        step,
        status: 'rebuilt',
        position: pos,
        reason: '앞 단계가 다시 실행되어 이 단계의 캐시도 쓸 수 없습니다.',
      };
    }
    return {index, step, status: 'cached', position: pos, reason: '입력이 그대로라 캐시를 씁니다.'};
  });
}

/** The step lines as BuildKit's progress output shows them, e.g. "=> CACHED [2/5] WORKDIR /app". */
export function logLines(results: readonly StepResult[]): string[] {
  return results
    .filter((r) => r.status !== 'config')
    .map((r) => {
      const text =
        r.step.kind === 'from' ? `FROM docker.io/library/${r.step.text.slice(5)}` : r.step.text;
      return `=> ${r.status === 'cached' ? 'CACHED ' : ''}${r.position} ${text}`;
    });
}

export function rebuiltCount(results: readonly StepResult[]): number {
  return results.filter((r) => r.status === 'rebuilt').length;
}

/** Does `npm ci` (the slow step) run again? */
export function installRuns(results: readonly StepResult[]): boolean {
  return results.some((r) => r.step.kind === 'run' && r.status === 'rebuilt');
}

/** One Korean sentence for the live region. */
export function summarize(
  order: Order,
  scenarioLabel: string,
  results: readonly StepResult[],
): string {
  const total = results.filter((r) => r.status !== 'config').length;
  const rebuilt = rebuiltCount(results);
  const orderLabel = order === 'good' ? '좋은 순서' : '순진한 순서';
  const install = installRuns(results) ? 'npm ci가 다시 실행됩니다' : 'npm ci는 캐시를 씁니다';
  return `${orderLabel}, ${scenarioLabel}: ${total}단계 중 ${rebuilt}단계 다시 실행, ${install}.`;
}
