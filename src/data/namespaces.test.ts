import {describe, expect, it} from 'vitest';
import {NAMESPACES, namespaceByKind} from './namespaces';

// The explorer's tabs tell one story: the `web` nginx container with Docker's defaults.
const nginxHostPid = (): string => {
  const line = namespaceByKind('pid').host.output.find((row) => row.trim().endsWith('nginx'));
  return line!.trim().split(/\s+/)[0]!;
};

describe('namespace explorer data', () => {
  it('shows the user namespace as Docker runs it by default: root on the host, identity uid_map', () => {
    const user = namespaceByKind('user');
    const [, hostRow] = user.host.output;
    expect(hostRow!.trim().split(/\s+/)).toEqual(['root', nginxHostPid(), 'nginx']);
    expect(user.container.output.join('\n').trim().split(/\s+/)).toEqual(['0', '0', '4294967295']);
  });

  it('runs every unshare as root except the unprivileged user namespace', () => {
    const commands = NAMESPACES.flatMap((ns) => [ns.tryIt, ns.host.command, ns.container.command]);
    for (const command of commands.filter((c) => c.includes('unshare '))) {
      if (command.includes('--user')) expect(command, command).not.toMatch(/^sudo /);
      else expect(command, command).toMatch(/^sudo unshare /);
    }
  });
});
