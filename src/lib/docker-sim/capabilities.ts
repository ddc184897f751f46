/**
 * Linux capabilities as Docker hands them to a container: the default set, the kernel's full list
 * and TweakCapabilities' rules for --cap-add, --cap-drop and --privileged. No imports, so the
 * security chapter's diagram can use it without the playground engine.
 */
/** moby docker-v29.7.2 daemon/pkg/oci/caps/defaults.go DefaultCapabilities, in its order. */
export const DEFAULT_CAPABILITIES: readonly string[] = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FSETID',
  'CAP_FOWNER',
  'CAP_MKNOD',
  'CAP_NET_RAW',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETFCAP',
  'CAP_SETPCAP',
  'CAP_NET_BIND_SERVICE',
  'CAP_SYS_CHROOT',
  'CAP_KILL',
  'CAP_AUDIT_WRITE',
];

/** The kernel's capabilities by number (capabilities(7), Linux 5.9 and later: 0 … 40). */
export const ALL_CAPABILITIES: readonly string[] = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_DAC_READ_SEARCH',
  'CAP_FOWNER',
  'CAP_FSETID',
  'CAP_KILL',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETPCAP',
  'CAP_LINUX_IMMUTABLE',
  'CAP_NET_BIND_SERVICE',
  'CAP_NET_BROADCAST',
  'CAP_NET_ADMIN',
  'CAP_NET_RAW',
  'CAP_IPC_LOCK',
  'CAP_IPC_OWNER',
  'CAP_SYS_MODULE',
  'CAP_SYS_RAWIO',
  'CAP_SYS_CHROOT',
  'CAP_SYS_PTRACE',
  'CAP_SYS_PACCT',
  'CAP_SYS_ADMIN',
  'CAP_SYS_BOOT',
  'CAP_SYS_NICE',
  'CAP_SYS_RESOURCE',
  'CAP_SYS_TIME',
  'CAP_SYS_TTY_CONFIG',
  'CAP_MKNOD',
  'CAP_LEASE',
  'CAP_AUDIT_WRITE',
  'CAP_AUDIT_CONTROL',
  'CAP_SETFCAP',
  'CAP_MAC_OVERRIDE',
  'CAP_MAC_ADMIN',
  'CAP_SYSLOG',
  'CAP_WAKE_ALARM',
  'CAP_BLOCK_SUSPEND',
  'CAP_AUDIT_READ',
  'CAP_PERFMON',
  'CAP_BPF',
  'CAP_CHECKPOINT_RESTORE',
];

/** moby client/container_create.go normalizeCap: upper case, `CAP_` prefix, `ALL` kept. */
export function normalizeCap(capability: string): string {
  const c = capability.toUpperCase();
  return c === 'ALL' || c.startsWith('CAP_') ? c : `CAP_${c}`;
}

/** moby client normalizeCapabilities: normalized, without duplicates, sorted (what inspect shows). */
export function normalizeCapabilities(caps: readonly string[]): string[] {
  return [...new Set(caps.map(normalizeCap))].sort();
}

export interface CapabilitySettings {
  capAdd?: readonly string[];
  capDrop?: readonly string[];
  privileged?: boolean;
}

/** The bounding set the container gets: moby daemon/pkg/oci/caps/utils.go TweakCapabilities. */
export function containerCapabilities(s: CapabilitySettings): string[] {
  if (s.privileged) return [...ALL_CAPABILITIES];
  const adds = (s.capAdd ?? []).map(normalizeCap);
  const drops = (s.capDrop ?? []).map(normalizeCap);
  if (adds.includes('ALL')) return ALL_CAPABILITIES.filter((c) => !drops.includes(c));
  if (drops.includes('ALL')) return [...adds];
  return [...DEFAULT_CAPABILITIES.filter((c) => !drops.includes(c)), ...adds];
}
