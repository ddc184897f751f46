// @vitest-environment node
// The site's Dockerfile, parsed with dockerfile-ast (the parser of the Dockerfile language
// server) — no Docker daemon needed. The same checks run over a bad Dockerfile to prove
// they catch what they claim to.
import fs from 'node:fs';
import path from 'node:path';
import {
  DockerfileParser,
  JSONInstruction,
  type ImageTemplate,
  type Instruction,
} from 'dockerfile-ast';
import {describe, expect, it} from 'vitest';

const dockerfileText = fs.readFileSync(path.resolve('Dockerfile'), 'utf8');

/** A full version tag: 22.23.2-bookworm-slim, 1.30.4-alpine (not latest, 22, 1.30-alpine). */
const FULL_VERSION_TAG = /^\d+\.\d+\.\d+(?:-[a-z0-9.]+)*$/;

function keywordArgs(instruction: Instruction): string[] {
  return instruction.getArguments().map((argument) => argument.getValue());
}

function stageOf(
  dockerfile: ReturnType<typeof DockerfileParser.parse>,
  instruction: Instruction,
): ImageTemplate {
  const stage = dockerfile.getContainingImage(instruction.getRange().start);
  if (!stage) throw new Error('instruction outside any stage');
  return stage;
}

/** Everything that is wrong with a Dockerfile for this site's image; empty when it is fine. */
function dockerfileProblems(text: string): string[] {
  const problems: string[] = [];
  const dockerfile = DockerfileParser.parse(text);
  const froms = dockerfile.getFROMs();
  if (froms.length < 2)
    problems.push(`multi-stage: expected at least 2 FROM, found ${froms.length}`);
  for (const from of froms) {
    const image = from.getImage() ?? '';
    const tag = from.getImageTag();
    if (/\$/.test(image)) problems.push(`FROM ${image}: base image must not come from a variable`);
    if (!tag || tag === 'latest' || !FULL_VERSION_TAG.test(tag)) {
      problems.push(`FROM ${image}: pin a full version tag (found ${tag ?? 'none'})`);
    }
  }
  const finalFrom = froms.at(-1);
  if (!finalFrom) return [...problems, 'no FROM'];
  const final = stageOf(dockerfile, finalFrom);
  const buildStages = froms.slice(0, -1).map((from) => from.getBuildStage());
  if (buildStages.some((name) => !name))
    problems.push('every build stage needs a name (FROM … AS name)');

  if (!/^nginx$|nginxinc\/nginx-unprivileged$/.test(finalFrom.getImageName() ?? '')) {
    problems.push(`final stage must be nginx (found ${finalFrom.getImageName()})`);
  }
  const instructions = final.getInstructions();
  const byKeyword = (keyword: string) =>
    instructions.filter((instruction) => instruction.getKeyword() === keyword);

  const users = byKeyword('USER');
  const user = users.at(-1) ? (keywordArgs(users.at(-1)!)[0] ?? '') : '';
  const [userName, group] = user.split(':');
  if (!userName) problems.push('final stage: no USER (runs as root)');
  else if (userName === 'root' || userName === '0' || group === '0' || group === 'root')
    problems.push(`final stage: USER ${user} is root`);
  else if (!/^\d+$/.test(userName))
    problems.push(`final stage: USER ${user} should be numeric so runAsNonRoot can check it`);

  const exposed = byKeyword('EXPOSE').flatMap(keywordArgs);
  if (!exposed.includes('8080') && !exposed.includes('8080/tcp'))
    problems.push(`final stage: EXPOSE 8080 (found ${exposed.join(' ') || 'none'})`);

  const healthchecks = final.getHEALTHCHECKs();
  if (healthchecks.length !== 1)
    problems.push(`final stage: one HEALTHCHECK expected, found ${healthchecks.length}`);
  else {
    const subcommand = healthchecks[0]!.getSubcommand()?.getValue();
    const content = healthchecks[0]!.getArgumentsContent() ?? '';
    if (subcommand !== 'CMD') problems.push('HEALTHCHECK must run a command (HEALTHCHECK CMD …)');
    if (!content.includes('127.0.0.1:8080'))
      problems.push('HEALTHCHECK must probe the server on 127.0.0.1:8080');
  }

  const cmds = final.getCMDs();
  const cmd = cmds.at(-1);
  if (!cmd) problems.push('final stage: no CMD');
  else if (!(cmd instanceof JSONInstruction) || cmd.getJSONStrings().length === 0)
    problems.push('CMD must use the exec (JSON) form');
  else {
    // getJSONValue() drops the space inside "daemon off;" (dockerfile-ast 0.7.1): read the JSON array itself.
    const argv = JSON.parse(cmd.getRawArgumentsContent() ?? '[]') as string[];
    if (argv[0] !== 'nginx' || !argv.includes('daemon off;'))
      problems.push(`CMD must run nginx in the foreground (found ${JSON.stringify(argv)})`);
  }

  const copyList = final.getCOPYs();
  const copies = copyList.map((copy) => copy.getArgumentsContent() ?? '');
  if (!copies.some((args) => /deploy\/nginx\.conf/.test(args)))
    problems.push('final stage must COPY deploy/nginx.conf');
  const fromBuild = copyList.filter((copy) =>
    copy
      .getFlags()
      .some((flag) => flag.getName() === 'from' && buildStages.includes(flag.getValue())),
  );
  if (!fromBuild.some((copy) => /^\S*build\/?\s/.test(copy.getArgumentsContent() ?? ''))) {
    problems.push('final stage must COPY the build from the build stage');
  }
  if (!copies.some((args) => /nginx-csp\.conf/.test(args)))
    problems.push('final stage must COPY the generated nginx-csp.conf');

  const buildText = froms
    .slice(0, -1)
    .flatMap((from) => stageOf(dockerfile, from).getInstructions())
    .filter((instruction) => instruction.getKeyword() === 'RUN')
    .map((instruction) => instruction.getArgumentsContent() ?? '')
    .join('\n');
  if (!/\bnpm ci\b/.test(buildText))
    problems.push('build stage must run npm ci (the lockfile, not npm install)');
  if (!/\bnpm run build\b/.test(buildText)) problems.push('build stage must run npm run build');
  return problems;
}

describe('Dockerfile', () => {
  it('passes every check: pinned bases, multi-stage, non-root, port 8080, healthcheck, exec-form CMD', () => {
    expect(dockerfileProblems(dockerfileText)).toEqual([]);
  });

  it('pins the official images to full version tags', () => {
    const images = DockerfileParser.parse(dockerfileText)
      .getFROMs()
      .map((from) => from.getImage());
    expect(images).toEqual(['node:22.23.2-bookworm-slim', 'nginx:1.30.4-alpine']);
  });

  it('passes SITE_URL and BASE_URL build arguments to the build as environment', () => {
    const dockerfile = DockerfileParser.parse(dockerfileText);
    const buildStage = stageOf(dockerfile, dockerfile.getFROMs()[0]!);
    const args = buildStage.getARGs().map((arg) => arg.getProperty()?.getName());
    expect(args).toEqual(expect.arrayContaining(['SITE_URL', 'BASE_URL']));
    const envNames = buildStage
      .getENVs()
      .flatMap((env) => env.getProperties().map((property) => property.getName()));
    expect(envNames).toEqual(expect.arrayContaining(['SITE_URL', 'BASE_URL']));
  });

  it('catches a Dockerfile that breaks the rules', () => {
    const bad = [
      'FROM node:latest',
      'RUN npm install && npm run build',
      'FROM nginx:1.30-alpine',
      'COPY build/ /usr/share/nginx/html/',
      'USER root',
      'EXPOSE 80',
      'CMD nginx -g "daemon off;"',
    ].join('\n');
    const problems = dockerfileProblems(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        'FROM node:latest: pin a full version tag (found latest)',
        'FROM nginx:1.30-alpine: pin a full version tag (found 1.30-alpine)',
        'every build stage needs a name (FROM … AS name)',
        'final stage: USER root is root',
        'final stage: EXPOSE 8080 (found 80)',
        'final stage: one HEALTHCHECK expected, found 0',
        'CMD must use the exec (JSON) form',
        'final stage must COPY deploy/nginx.conf',
        'build stage must run npm ci (the lockfile, not npm install)',
      ]),
    );
    expect(dockerfileProblems('FROM nginx:1.30.4-alpine\nCMD ["nginx"]')).toContain(
      'multi-stage: expected at least 2 FROM, found 1',
    );
  });
});

describe('.dockerignore', () => {
  it('keeps dependencies, build output, caches and git history out of the build context', () => {
    const entries = fs
      .readFileSync(path.resolve('.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(entries).toEqual(
      expect.arrayContaining(['node_modules', 'build', '.docusaurus', '.git']),
    );
    // What the build reads must stay in the context.
    for (const needed of [
      'docs',
      'src',
      'static',
      'plugins',
      'scripts',
      'examples',
      'package-lock.json',
      'deploy',
    ]) {
      expect(entries, needed).not.toContain(needed);
    }
  });
});
