import {describe, expect, it} from 'vitest';
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
    expect(html).toContain('<figcaption');
  });
});

describe('ContainerVsVm hydration', () => {
  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<ContainerVsVm />);
  });
});
