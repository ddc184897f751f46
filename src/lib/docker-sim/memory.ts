/**
 * Memory limits (`--memory`, `--memory-swap`) and the cgroup OOM killer, modelled only where a
 * program's memory need is known: an interpreter's start-up plus the buffers a one-line
 * `python -c` program fills. Other programs never reach a limit in the playground (the engine
 * README lists this among the known differences).
 */
import {basename} from './vfs';
import type {ContainerRecord} from './state';

const MiB = 1024 * 1024;

/** moby daemon/daemon_unix.go linuxMinMemory: "Minimum memory limit allowed is 6MB". */
export const MIN_MEMORY = 6 * MiB;

/**
 * Resident memory right after start, rounded: CPython 3.11 on x86-64 Debian reports 12–13 MiB
 * of max RSS for a one-line `python3 -c` (measured with resource.getrusage). Approximate on
 * purpose: only the order of magnitude decides whether a small limit is hit.
 */
const START_UP: Readonly<Record<string, number>> = {python: 12 * MiB, python3: 12 * MiB};

/** `A * B ** C`-style integer arithmetic with `_` digit separators, as Python reads it; null if not that. */
export function intExpression(text: string): number | null {
  const src = text.replace(/_/g, '').trim();
  if (!/^[\d\s*()]+$/.test(src) || src === '') return null;
  const product = src.replace(/[()]/g, '').split(/(?<!\*)\*(?!\*)/);
  let value = 1;
  for (const factor of product) {
    const powers = factor.split('**').map((p) => p.trim());
    if (powers.some((p) => !/^\d+$/.test(p))) return null;
    value *= powers.map(Number).reduceRight((exp, base) => base ** exp);
  }
  return value;
}

/** Bytes a `python -c` program touches: `bytearray(N)` (zero-filled) and `'x' * N` / `b'x' * N`. */
function pythonBuffers(code: string): number {
  let total = 0;
  for (const m of code.matchAll(/bytearray\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g))
    total += intExpression(m[1]) ?? 0;
  for (const m of code.matchAll(/b?(['"])([^'"]*)\1\s*\*\s*([\d_\s*()]+)/g))
    total += m[2].length * (intExpression(m[3]) ?? 0);
  return total;
}

/** What the program `argv` needs in memory, in bytes; null when the playground does not know. */
export function memoryNeed(argv: readonly string[]): number | null {
  const prog = basename(argv[0] ?? '').replace(/^(python3)\.\d+$/, '$1');
  const base = START_UP[prog];
  if (base === undefined) return null;
  const ci = argv.indexOf('-c');
  return base + (ci >= 0 ? pythonBuffers(argv[ci + 1] ?? '') : 0);
}

/**
 * The most the container's processes may use before the OOM killer acts: memory plus the swap
 * that `--memory-swap` allows (by default as much swap as memory, daemon_unix.go
 * adaptContainerSettings). Assumes a host with swap; without swap the kill comes at --memory.
 */
export function memoryCeiling(c: ContainerRecord): number {
  const mem = c.memory ?? 0;
  if (mem <= 0) return Infinity;
  const swap = c.memorySwap ?? 0;
  if (swap === -1) return Infinity;
  return swap > 0 ? swap : mem * 2;
}

/** Whether running `argv` in `c` ends with the OOM killer's SIGKILL; marks the container if so. */
export function oomKill(c: ContainerRecord, argv: readonly string[]): boolean {
  const need = memoryNeed(argv);
  if (need === null || need <= memoryCeiling(c)) return false;
  c.oomKilled = true;
  return true;
}

/** The daemon's checks of --memory/--memory-swap (daemon_unix.go verifyPlatformContainerResources). */
export function verifyMemory(memory: number, memorySwap: number): string | null {
  if (memory !== 0 && memory < MIN_MEMORY) return 'Minimum memory limit allowed is 6MB';
  if (memory > 0 && memorySwap > 0 && memorySwap < memory)
    return 'Minimum memoryswap limit should be larger than memory limit, see usage';
  if (memory === 0 && memorySwap > 0)
    return 'You should always set the Memory limit when using Memoryswap limit, see usage';
  return null;
}

/** Exit status of a process killed by SIGKILL (128 + 9), as the shell and Docker report it. */
export const SIGKILL_STATUS = 137;
