/**
 * Deterministic pseudo-random numbers (mulberry32). The state is a plain number
 * so that it survives `serialize()`/`restore()`.
 */
export interface RngState {
  seed: number;
}

export function nextRandom(rng: RngState): number {
  rng.seed = (rng.seed + 0x6d2b79f5) | 0;
  let t = rng.seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function randomInt(rng: RngState, n: number): number {
  return Math.floor(nextRandom(rng) * n);
}

export function randomHex(rng: RngState, length: number): string {
  let out = '';
  while (out.length < length) out += randomInt(rng, 16).toString(16);
  return out;
}

/** A stable 32-bit hash of a string (FNV-1a). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 64 hex digits derived only from `text`: used for catalogue image ids and digests. */
export function stableHex(text: string, length = 64): string {
  return randomHex({seed: hashString(text)}, length);
}
