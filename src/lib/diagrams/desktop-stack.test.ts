import {describe, expect, it} from 'vitest';
import {DESKTOP_STACKS, commandPath, desktopStack, kernelLine, kernels} from './desktop-stack';

describe('desktop stacks', () => {
  it('has one stack per OS of the site tab group, in its order', () => {
    expect(DESKTOP_STACKS.map((s) => s.os)).toEqual(['windows', 'mac', 'linux']);
  });

  it('runs the engine in a Linux VM on macOS and Windows and on the host on Linux', () => {
    expect(desktopStack('windows').engineZone.vm).toBe(true);
    expect(desktopStack('mac').engineZone.vm).toBe(true);
    expect(desktopStack('linux').engineZone.vm).toBe(false);
  });

  it('counts two kernels with Docker Desktop and one with Docker Engine on Linux', () => {
    expect(kernels(desktopStack('windows')).map((k) => k.label)).toEqual([
      '리눅스 커널(WSL 2)',
      'Windows 커널',
    ]);
    expect(kernels(desktopStack('mac'))).toHaveLength(2);
    expect(kernelLine(desktopStack('linux'))).toBe('커널 1개: 리눅스 커널(호스트)');
  });

  it('gives the containers a Linux kernel to share on every OS', () => {
    for (const stack of DESKTOP_STACKS) expect(kernels(stack)[0]!.label).toMatch(/^리눅스 커널/);
  });

  it('ends every stack on hardware and puts Hyper-V under Windows only', () => {
    for (const stack of DESKTOP_STACKS) expect(stack.base.at(-1)!.tone).toBe('hardware');
    const hypervisors = DESKTOP_STACKS.filter((s) => s.base.some((l) => l.tone === 'hypervisor'));
    expect(hypervisors.map((s) => s.os)).toEqual(['windows']);
  });

  it('names the channel the CLI really uses', () => {
    expect(desktopStack('linux').channel.label).toContain('/var/run/docker.sock');
    expect(desktopStack('mac').channel.label).toContain('~/.docker/run/docker.sock');
    expect(desktopStack('windows').channel.label).toContain('dockerDesktopLinuxEngine');
  });

  it('describes the way of docker ps in three steps that end in the engine', () => {
    const steps = commandPath(desktopStack('mac'));
    expect(steps).toHaveLength(3);
    expect(steps[2]).toContain('리눅스 VM');
    expect(commandPath(desktopStack('linux'))[2]).toContain('호스트의 dockerd');
  });
});
