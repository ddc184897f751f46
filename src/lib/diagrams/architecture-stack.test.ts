import {describe, expect, it} from 'vitest';
import {
  STACKS,
  STACK_IDS,
  kernelCount,
  kernelSummary,
  layerDetail,
  showOnly,
  toggleStack,
  visibleSummary,
} from './architecture-stack';

describe('architecture stack data', () => {
  it('has the four stacks, each ending on hardware, with unique layer ids and a description per layer', () => {
    expect(STACK_IDS).toEqual(['bare-metal', 'type1', 'type2', 'containers']);
    for (const stack of STACKS) {
      expect(stack.layers.at(-1)!.tone, stack.id).toBe('hardware');
      const ids = stack.layers.map((l) => l.id);
      expect(new Set(ids).size, stack.id).toBe(ids.length);
      for (const layer of stack.layers)
        expect(layer.description.length, `${stack.id}/${layer.id}`).toBeGreaterThan(20);
    }
  });

  it('puts the Type 1 hypervisor directly on hardware and the Type 2 hypervisor on a host OS', () => {
    const below = (stackId: string, layerId: string) => {
      const layers = STACKS.find((s) => s.id === stackId)!.layers;
      return layers[layers.findIndex((l) => l.id === layerId) + 1]!.id;
    };
    expect(below('type1', 'hypervisor')).toBe('hardware');
    expect(below('type2', 'hypervisor')).toBe('host-os');
  });

  it('draws the container engine beside the containers, both on the host kernel, not as a floor under them', () => {
    const containers = STACKS.find((s) => s.id === 'containers')!.layers;
    const engine = containers.find((l) => l.id === 'engine')!;
    expect(engine.beside).toBe(true);
    // The layer it stands beside is the containers' own; under both lies the host kernel.
    const at = containers.indexOf(engine);
    expect(containers[at - 1]!.id).toBe('container-apps');
    expect(containers[at + 1]!.id).toBe('host-kernel');
    expect(engine.description).toMatch(/runc는 곧 종료/);
    for (const stack of STACKS)
      for (const layer of stack.layers)
        if (layer.id !== 'engine') expect(layer.beside, `${stack.id}/${layer.id}`).toBeUndefined();
  });

  it('counts kernels: one shared kernel for containers, one per VM (plus the host for Type 2)', () => {
    expect(kernelCount('containers', 3)).toBe(1);
    expect(kernelCount('bare-metal', 3)).toBe(1);
    expect(kernelCount('type1', 3)).toBe(3);
    expect(kernelCount('type2', 3)).toBe(4);
    expect(kernelSummary('containers')).toBe('컨테이너 3개에 커널 1개(함께 씀)');
    expect(kernelSummary('type1')).toBe('VM 3개에 커널 3개');
    expect(kernelSummary('type2')).toBe('VM 3개에 커널 4개(호스트 포함)');
  });
});

describe('choosing stacks', () => {
  it('toggles a stack and keeps the canonical order', () => {
    expect(toggleStack(STACK_IDS, 'type2')).toEqual(['bare-metal', 'type1', 'containers']);
    expect(toggleStack(['containers'], 'bare-metal')).toEqual(['bare-metal', 'containers']);
  });

  it('never hides the last visible stack', () => {
    expect(toggleStack(['type1'], 'type1')).toEqual(['type1']);
  });

  it('switches to one or compares two', () => {
    expect(showOnly('type2')).toEqual(['type2']);
    expect(showOnly('containers', 'type1')).toEqual(['type1', 'containers']);
  });

  it('summarises what is visible', () => {
    expect(visibleSummary(['type1'])).toBe('Type 1 하이퍼바이저 구조만 보여 줍니다.');
    expect(visibleSummary(['type1', 'containers'])).toBe(
      'Type 1 하이퍼바이저, 컨테이너 구조를 나란히 비교합니다.',
    );
    expect(visibleSummary(STACK_IDS)).toBe('네 가지 구조를 모두 나란히 보여 줍니다.');
  });
});

describe('layer detail', () => {
  it('names stack and layer in the detail text', () => {
    expect(layerDetail('type2', 'host-os')).toMatch(/^Type 2 하이퍼바이저 · 호스트 OS/);
    expect(() => layerDetail('type1', 'nope')).toThrow();
  });
});
