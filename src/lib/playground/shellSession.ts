/**
 * When a reader leaves a container shell (`docker run -it … bash`, `docker exec -it … sh`) by
 * typing `exit`: the chapter replay (src/lib/transcript/replay.ts) and the run buttons
 * (runSession.ts) follow the same rule, so a chapter runs the same way in both.
 */

/** The host shell's prompt (`user@playground:~$ `); any other shell prompt is a container's. */
export const inContainerShell = (prompt: string): boolean => !prompt.startsWith('user@');

/**
 * Whether the reader types `exit` before `command` while in a container shell: before a `docker`
 * line (typed on the host), and before any later line of the block whose line opened the shell
 * (such a block lists separate commands, not commands for inside).
 */
export function leavesShellBefore(command: string, openedByThisBlock: boolean): boolean {
  return /^(?:sudo\s+)?docker\s/.test(command) || openedByThisBlock;
}
