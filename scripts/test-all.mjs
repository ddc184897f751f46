#!/usr/bin/env node
// `npm test`: every check a change must pass, in order, with the time each took.
import {spawnSync} from 'node:child_process';

const stages = [
  {name: 'typecheck', command: 'npx', args: ['tsc', '-p', 'tsconfig.json', '--noEmit']},
  {name: 'lint', command: 'npm', args: ['run', '--silent', 'lint']},
  {name: 'unit', command: 'npm', args: ['run', '--silent', 'test:unit']},
  {name: 'build', command: 'npx', args: ['docusaurus', 'build'], gate: true},
  // Checks that build other sites or start servers (bench baseline, nginx).
  {name: 'integration', command: 'npm', args: ['run', '--silent', 'test:integration']},
  {name: 'e2e', command: 'npx', args: ['playwright', 'test']},
];

const results = [];
for (const stage of stages) {
  console.log(`\n▶ ${stage.name}: ${stage.command} ${stage.args.join(' ')}`);
  const started = Date.now();
  const {status} = spawnSync(stage.command, stage.args, {stdio: 'inherit', env: process.env});
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({name: stage.name, ok: status === 0, seconds});
  // Later stages need the build; without it they would only repeat its failure.
  if (status !== 0 && stage.gate) break;
}

console.log('\nstage        result  seconds');
for (const {name, ok, seconds} of results)
  console.log(`${name.padEnd(12)} ${ok ? 'ok    ' : 'FAILED'}  ${seconds}`);
const failed = results.filter((result) => !result.ok);
if (failed.length > 0 || results.length < stages.length) {
  console.error(
    `\nnpm test failed: ${failed.map((result) => result.name).join(', ') || 'stopped early'}`,
  );
  process.exit(1);
}
