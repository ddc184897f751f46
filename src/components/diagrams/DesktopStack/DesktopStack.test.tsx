import {describe, expect, it} from 'vitest';
import {expectHydratesWithoutChange, renderToHtml, textOf} from '@site/tests/utils/ssr';
import {DESKTOP_STACKS, commandPath, kernelLine} from '@site/src/lib/diagrams/desktop-stack';
import DesktopStack from '.';

describe('DesktopStack', () => {
  const html = renderToHtml(<DesktopStack />);
  const text = textOf(html);

  it('renders every OS (tests/stubs/Tabs shows every panel) with its parts, kernels and command path on the server', () => {
    for (const stack of DESKTOP_STACKS) {
      expect(text).toContain(stack.product);
      expect(text).toContain(kernelLine(stack));
      expect(text).toContain(stack.channel.label);
      expect(text).toContain(stack.engineZone.label);
      for (const box of [...stack.host.boxes, ...stack.engine, ...stack.base])
        expect(text).toContain(box.note);
      for (const step of commandPath(stack)) expect(text).toContain(step);
    }
    expect(html).toContain('<figcaption');
  });

  it('puts the containers inside the VM on macOS and Windows, next to the engine', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const os of ['windows', 'mac']) {
      const vm = doc.querySelector(`[data-os="${os}"] section.vm`)!;
      expect(vm.textContent).toContain('dockerd');
      expect(vm.textContent).toContain('컨테이너 web');
      expect(vm.textContent).toMatch(/리눅스 커널/);
    }
    expect(doc.querySelector('[data-os="linux"] section.vm')).toBeNull();
  });

  it('hydrates its server HTML without changing the DOM', async () => {
    await expectHydratesWithoutChange(<DesktopStack />);
  });
});
