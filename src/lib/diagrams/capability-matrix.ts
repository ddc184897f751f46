/**
 * Which privileged operations a container's process may perform under a few `docker run` flag
 * sets, and the rule that decides each. The capability sets come from the same TweakCapabilities
 * rules the playground uses (moby daemon/pkg/oci/caps at docker-v29.7.2); the network sysctl and
 * seccomp rules from moby daemon/oci_linux.go and profiles/seccomp/default.json at that tag.
 */
import {containerCapabilities, type CapabilitySettings} from '../docker-sim/capabilities';

export interface FlagSet {
  readonly id: string;
  /** the flags as a reader types them after `docker run` */
  readonly flags: string;
  /** a short Korean name for the column */
  readonly label: string;
  readonly settings: CapabilitySettings;
  /** the process runs as a non-root uid (its effective capability set is empty) */
  readonly nonRoot?: boolean;
}

export const FLAG_SETS: readonly FlagSet[] = [
  {id: 'default', flags: '(옵션 없음)', label: '기본값', settings: {}},
  {id: 'drop-all', flags: '--cap-drop ALL', label: '모두 빼기', settings: {capDrop: ['ALL']}},
  {
    id: 'drop-all-bind',
    flags: '--cap-drop ALL --cap-add NET_BIND_SERVICE',
    label: '모두 빼고 하나만',
    settings: {capDrop: ['ALL'], capAdd: ['NET_BIND_SERVICE']},
  },
  {id: 'user', flags: '--user 1000', label: '비루트 사용자', settings: {}, nonRoot: true},
  {id: 'privileged', flags: '--privileged', label: '특권 모드', settings: {privileged: true}},
];

export interface Operation {
  readonly id: string;
  /** what the process tries, in Korean */
  readonly label: string;
  /** a command that does it */
  readonly command: string;
  /** the capability the kernel checks */
  readonly capability: string;
}

export const OPERATIONS: readonly Operation[] = [
  {
    id: 'bind80',
    label: '80번 포트에서 듣기',
    command: 'nginx (listen 80)',
    capability: 'CAP_NET_BIND_SERVICE',
  },
  {
    id: 'chown',
    label: '파일 소유자 바꾸기',
    command: 'chown 1000 /data',
    capability: 'CAP_CHOWN',
  },
  {
    id: 'raw',
    label: 'raw 소켓 열기',
    command: 'tcpdump, arping',
    capability: 'CAP_NET_RAW',
  },
  {
    id: 'iplink',
    label: '네트워크 장치 만들기',
    command: 'ip link add dummy0 type dummy',
    capability: 'CAP_NET_ADMIN',
  },
  {
    id: 'mount',
    label: '파일 시스템 마운트',
    command: 'mount -t tmpfs none /mnt',
    capability: 'CAP_SYS_ADMIN',
  },
];

export interface Verdict {
  readonly allowed: boolean;
  /** why, in one Korean sentence */
  readonly rule: string;
}

/** The effective capabilities of the container's process under a flag set. */
export function effectiveCapabilities(set: FlagSet): string[] {
  return set.nonRoot ? [] : containerCapabilities(set.settings);
}

/**
 * Whether the operation succeeds. `hostNetwork` is `--network host`: without it the container has
 * its own network namespace, where Docker sets net.ipv4.ip_unprivileged_port_start=0.
 */
export function verdict(set: FlagSet, op: Operation, hostNetwork: boolean): Verdict {
  const caps = effectiveCapabilities(set);
  const has = caps.includes(op.capability);
  const holder = set.nonRoot ? '비루트 프로세스에는 케이퍼빌리티가 없어' : '';
  if (op.id === 'bind80' && !hostNetwork)
    return {
      allowed: true,
      rule: '자기 네트워크 네임스페이스에서는 Docker가 ip_unprivileged_port_start=0으로 두어, 케이퍼빌리티 없이도 1024 아래 포트를 엽니다.',
    };
  if (op.id === 'mount') {
    if (set.settings.privileged)
      return {
        allowed: true,
        rule: '--privileged는 모든 케이퍼빌리티를 주고 seccomp와 AppArmor 제한까지 풉니다.',
      };
    return {
      allowed: false,
      rule: '기본 seccomp 프로필이 CAP_SYS_ADMIN 없는 mount 시스템 콜을 EPERM으로 막고, 커널도 같은 케이퍼빌리티를 요구합니다.',
    };
  }
  if (has)
    return {
      allowed: true,
      rule: `${op.capability}이(가) 이 설정의 케이퍼빌리티 목록에 있습니다.`,
    };
  return {
    allowed: false,
    rule: holder
      ? `${holder} ${op.capability} 검사에서 Operation not permitted로 실패합니다.`
      : `${op.capability}이(가) 빠져 있어 커널이 Operation not permitted로 거절합니다.`,
  };
}

/** The matrix: one row per operation, one verdict per flag set. */
export function matrix(hostNetwork: boolean): {op: Operation; verdicts: Verdict[]}[] {
  return OPERATIONS.map((op) => ({
    op,
    verdicts: FLAG_SETS.map((set) => verdict(set, op, hostNetwork)),
  }));
}

/** A one-line summary for the selected flag set, read out when it changes. */
export function summary(set: FlagSet, hostNetwork: boolean): string {
  const allowed = OPERATIONS.filter((op) => verdict(set, op, hostNetwork).allowed);
  const caps = effectiveCapabilities(set);
  const flags = [set.id === 'default' ? '' : set.flags, hostNetwork ? '--network host' : '']
    .filter(Boolean)
    .join(' ');
  const capText = caps.length === 0 ? '케이퍼빌리티 없음' : `케이퍼빌리티 ${caps.length}개`;
  return `${set.label}(${flags || '옵션 없음'}): ${capText}, 작업 ${OPERATIONS.length}가지 중 ${allowed.length}가지 허용.`;
}
