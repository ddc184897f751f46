import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import ContainerVsVm, {STACKS} from '.';

describe('ContainerVsVm', () => {
  const html = renderToHtml(<ContainerVsVm />);
  const text = textOf(html);

  it('renders every layer of both stacks on the server', () => {
    for (const stack of STACKS) {
      expect(text).toContain(stack.title);
      for (const layer of stack.layers) {
        if (layer.perWorkload)
          for (const w of ['A', 'B', 'C']) expect(text).toContain(`${layer.label} ${w}`);
        else expect(text).toContain(layer.label);
        if (layer.note) expect(text).toContain(layer.note);
      }
    }
  });

  it('draws three guest kernels for VMs and one shared kernel for containers', () => {
    expect(text.match(/게스트 OS 커널 [ABC]/g)).toHaveLength(3);
    expect(text.match(/호스트 OS 커널/g)).toHaveLength(1);
    expect(text).toContain('커널 3개: VM마다 하나');
    expect(text).toContain('모형(예시)');
    expect(text).toContain('Firecracker');
    for (const phase of ['펌웨어', '부트로더', 'init', 'clone', 'mount', 'exec'])
      expect(text).toContain(phase);
    expect(text).toContain('커널 1개: 모두 함께 씀');
    expect(html).toContain('<figcaption');
  });

  it('draws the container engine beside the containers, not as a layer under them', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const beside = Array.from(doc.querySelectorAll('li[data-beside]'));
    expect(beside.map((li) => li.textContent)).toEqual([expect.stringContaining('컨테이너 엔진')]);
    // In reading order it comes after the containers' rows and before the kernel they all run on.
    const rows = Array.from(beside[0]!.parentElement!.children);
    expect(rows.indexOf(beside[0]!)).toBe(2);
    expect(rows[3]!.textContent).toContain('호스트 OS 커널');
    expect(text).toContain('컨테이너 엔진은 컨테이너 아래의 층이 아니라');
  });
});

describe('ContainerVsVm with the workload slider', () => {
  afterEach(cleanup);

  it('adds a guest kernel per VM and keeps one kernel for containers', () => {
    const {container} = render(<ContainerVsVm />);
    const slider = screen.getByRole('slider', {name: '워크로드 수'});
    fireEvent.change(slider, {target: {value: '6'}});
    expect(container.textContent?.match(/게스트 OS 커널 [A-H]/g)).toHaveLength(6);
    expect(container.textContent?.match(/호스트 OS 커널/g)).toHaveLength(1);
    const kernels = Array.from(container.querySelectorAll('[data-kernels]')).map(
      (p) => p.textContent,
    );
    expect(kernels).toEqual(['커널 6개: VM마다 하나', '커널 1개: 모두 함께 씀']);
    expect(container.querySelector('[data-cell="vm-kernels"]')?.textContent).toBe('6개');
    expect(container.querySelector('[data-cell="vm-memory"]')?.textContent).toBe('3.4 GiB');
    expect(container.querySelector('[data-cell="container-memory"]')?.textContent).toBe('480 MiB');
    expect(slider.getAttribute('aria-valuetext')).toBe('6개');
  });
});

describe('ContainerVsVm hydration', () => {
  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<ContainerVsVm />);
  });
});
