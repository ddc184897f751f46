import {describe as group, expect, it} from 'vitest';
import {
  ALL_ON,
  INTERPOLATION_SOURCES,
  SOURCES,
  UNSET_WARNING,
  describe,
  resolve,
} from './compose-precedence';

const without = (...ids: string[]): Set<string> =>
  new Set([...ALL_ON].filter((id) => !ids.includes(id)));

group('Compose environment precedence (Docker docs order)', () => {
  it('lists the five sources in the order of the docs page, highest first', () => {
    expect(SOURCES.map((s) => s.id)).toEqual([
      'run-e',
      'interpolated',
      'environment',
      'env-file',
      'image',
    ]);
    expect(INTERPOLATION_SOURCES.map((s) => s.id)).toEqual(['shell', 'env-file-flag', 'dotenv']);
  });

  it('run -e wins over everything, the others are overridden', () => {
    const r = resolve(ALL_ON);
    expect(r).toMatchObject({winner: 'run-e', value: 'debug', warning: null});
    expect(r.status).toEqual({
      'run-e': 'wins',
      interpolated: 'overridden',
      environment: 'overridden',
      'env-file': 'overridden',
      image: 'overridden',
    });
  });

  it('an interpolated environment value comes from the shell before --env-file and .env', () => {
    const r = resolve(without('run-e'));
    expect(r).toMatchObject({winner: 'interpolated', value: 'staging', interpolatedFrom: 'shell'});
  });

  it('--env-file replaces .env rather than adding to it', () => {
    const r = resolve(without('run-e', 'shell'));
    expect(r).toMatchObject({value: 'qa', interpolatedFrom: 'env-file-flag'});
    expect(r.interpolationStatus.dotenv).toBe('ignored');
    expect(resolve(without('run-e', 'shell', 'env-file-flag'))).toMatchObject({
      value: 'demo',
      interpolatedFrom: 'dotenv',
    });
  });

  it('an interpolated variable set nowhere still wins, as an empty string with a warning', () => {
    const r = resolve(without('run-e', 'shell', 'env-file-flag', 'dotenv'));
    expect(r).toMatchObject({winner: 'interpolated', value: '', warning: UNSET_WARNING});
    expect(describe(r)).toContain('빈 문자열');
  });

  it('environment beats env_file, and env_file beats the image ENV', () => {
    expect(resolve(new Set(['environment', 'env-file', 'image']))).toMatchObject({
      winner: 'environment',
      value: 'development',
    });
    expect(resolve(new Set(['env-file', 'image']))).toMatchObject({
      winner: 'env-file',
      value: 'test',
    });
    expect(resolve(new Set(['image']))).toMatchObject({winner: 'image', value: 'production'});
  });

  it('with every source off the variable is not set', () => {
    const r = resolve(new Set());
    expect(r).toMatchObject({winner: null, value: null, warning: null});
    expect(describe(r)).toContain('없습니다');
  });

  it('describes the winner and where an interpolated value came from', () => {
    expect(describe(resolve(ALL_ON))).toBe('NODE_ENV=debug: 명령줄 run -e이(가) 이깁니다.');
    expect(describe(resolve(without('run-e')))).toBe(
      'NODE_ENV=staging: environment: 보간한 값이(가) 이기고, 그 값은 셸 환경 변수에서 왔습니다.',
    );
  });
});
