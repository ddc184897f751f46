/** A file size for readers: bytes below 1 KiB, otherwise KiB with one decimal (1 KiB = 1024 bytes). */
export function formatSize(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new Error(`not a size: ${bytes}`);
  if (bytes < 1024) return `${bytes}바이트`;
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Splits a sentence on backticks: odd pieces are code. `a \`b\` c` → ['a ', 'b', ' c']. */
export function splitCode(sentence: string): string[] {
  return sentence.split('`');
}
