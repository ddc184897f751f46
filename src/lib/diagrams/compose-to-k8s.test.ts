// @vitest-environment node
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  COMPOSE_TO_K8S,
  composeCpusToMillicores,
  composeDurationToSeconds,
  composeMemoryToQuantity,
  mappingById,
} from './compose-to-k8s';

const exampleDir = path.resolve(__dirname, '../../../examples/k8s');
const linesOf = (file: string) =>
  new Set(
    readFileSync(path.join(exampleDir, file), 'utf8')
      .split('\n')
      .map((line) => line.trim()),
  );

describe('Compose units as Kubernetes quantities', () => {
  it('turns Compose byte values (powers of 1024) into Ki/Mi/Gi, not the decimal k/M/G', () => {
    expect(composeMemoryToQuantity('256M')).toBe('256Mi');
    expect(composeMemoryToQuantity('64m')).toBe('64Mi');
    expect(composeMemoryToQuantity('1gb')).toBe('1Gi');
    expect(composeMemoryToQuantity('512k')).toBe('512Ki');
    expect(composeMemoryToQuantity('1024')).toBe('1024');
    expect(() => composeMemoryToQuantity('lots')).toThrow(/not a Compose byte value/);
  });

  it('turns a fraction of a CPU into millicores', () => {
    expect(composeCpusToMillicores('0.50')).toBe('500m');
    expect(composeCpusToMillicores(0.1)).toBe('100m');
    expect(composeCpusToMillicores('2')).toBe('2000m');
    expect(() => composeCpusToMillicores('0')).toThrow(/not a CPU count/);
  });

  it('reads whole-second durations and refuses the rest', () => {
    expect(composeDurationToSeconds('10s')).toBe(10);
    expect(composeDurationToSeconds('1m30s')).toBe(90);
    expect(() => composeDurationToSeconds('1.5s')).toThrow(/whole-second/);
    expect(() => composeDurationToSeconds('10')).toThrow(/whole-second/);
  });
});

describe('the mapping data', () => {
  it('has unique ids and every key the chapter table names', () => {
    const ids = COMPOSE_TO_K8S.map((mapping) => mapping.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['healthcheck', 'resources', 'environment', 'env_file', 'secrets']),
    );
    expect(ids).toEqual(expect.arrayContaining(['ports', 'restart']));
    expect(mappingById('ports')?.composeKey).toBe('ports');
    expect(mappingById('nope')).toBeUndefined();
  });

  it.each(COMPOSE_TO_K8S.filter((mapping) => mapping.file).map((m) => [m.id, m] as const))(
    '%s: its Kubernetes lines are in the manifest it names',
    (_id, mapping) => {
      const lines = linesOf(mapping.file!);
      for (const line of mapping.kubernetes.split('\n')) expect(lines, line).toContain(line.trim());
    },
  );

  it.each(
    COMPOSE_TO_K8S.filter((mapping) => !['env_file', 'depends_on'].includes(mapping.id)).map(
      (m) => [m.id, m] as const,
    ),
  )('%s: its Compose lines are in examples/k8s/compose.yaml', (_id, mapping) => {
    const lines = linesOf('compose.yaml');
    for (const line of mapping.compose.split('\n')) expect(lines, line).toContain(line.trim());
  });

  it('says what changes for every key, in a sentence or two', () => {
    for (const mapping of COMPOSE_TO_K8S) {
      expect(mapping.change.length, mapping.id).toBeGreaterThan(40);
      expect(mapping.target.length, mapping.id).toBeGreaterThan(3);
    }
  });
});
