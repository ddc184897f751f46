// Checks a workflow step's `uses:` and `with:` against the action's own action.yml (vendored
// under tests/schemas/actions/<owner>/<repo>/action.yml, see tests/schemas/README.md).
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';

export interface ActionInput {
  readonly required?: boolean;
  readonly default?: unknown;
}

export interface ActionMetadata {
  readonly inputs?: Readonly<Record<string, ActionInput>>;
}

export interface PinnedUse {
  readonly owner: string;
  readonly repo: string;
  readonly sha: string;
  /** The version tag in the comment after the SHA (`# v4.1.0`). */
  readonly tag: string;
}

/**
 * A `uses:` pinned to a full commit SHA, with the tag in a comment: `owner/repo@<40 hex> # vX.Y.Z`.
 * `line` is the workflow's source line, because the YAML value loses the comment.
 */
export function parsePinnedUse(line: string): PinnedUse | string {
  const match = /uses:\s*([\w.-]+)\/([\w.-]+)@(\S+)(?:\s+#\s*(\S+))?\s*$/.exec(line);
  if (!match) return `not a uses: line: ${line.trim()}`;
  const [, owner, repo, ref, tag] = match as unknown as [string, string, string, string, string?];
  if (!/^[0-9a-f]{40}$/.test(ref)) return `${owner}/${repo}@${ref} is not pinned to a commit SHA`;
  if (!tag || !/^v\d+(\.\d+)*$/.test(tag))
    return `${owner}/${repo}@${ref} has no version tag comment`;
  return {owner, repo, sha: ref, tag};
}

/** The problems of a step's `with:` against the action's inputs: unknown keys, missing required. */
export function inputProblems(
  action: ActionMetadata,
  withInputs: Readonly<Record<string, unknown>> = {},
): string[] {
  const inputs = action.inputs ?? {};
  const problems: string[] = [];
  for (const key of Object.keys(withInputs))
    if (!(key in inputs)) problems.push(`unknown input '${key}'`);
  for (const [name, input] of Object.entries(inputs)) {
    // GitHub fills a required input that has a default, so only one without a default is missing.
    if (input.required === true && input.default === undefined && !(name in withInputs))
      problems.push(`missing required input '${name}'`);
  }
  return problems;
}

/** The vendored action.yml of owner/repo. */
export function loadActionMetadata(root: string, owner: string, repo: string): ActionMetadata {
  const file = path.join(root, 'tests/schemas/actions', owner, repo, 'action.yml');
  return parse(fs.readFileSync(file, 'utf8')) as ActionMetadata;
}
