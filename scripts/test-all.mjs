#!/usr/bin/env node
// `npm test`: every check a change must pass, in order, with the time each took.
import {spawn} from 'node:child_process';

// Each step runs its stages at the same time. Type checking and linting each keep one core
// busy, so on two cores they share the wall time; the later stages use both cores themselves.
const steps = [
  [
    {name: 'typecheck', command: 'npx', args: ['tsc', '-p', 'tsconfig.json', '--noEmit']},
    {name: 'lint', command: 'npm', args: ['run', '--silent', 'lint']},
  ],
  [{name: 'unit', command: 'npm', args: ['run', '--silent', 'test:unit']}],
  [{name: 'build', command: 'npx', args: ['docusaurus', 'build'], gate: true}],
  // Checks that build other sites or start servers (bench baseline, nginx).
  [{name: 'integration', command: 'npm', args: ['run', '--silent', 'test:integration']}],
  [{name: 'e2e', command: 'npx', args: ['playwright', 'test']}],
];
const stageCount = steps.flat().length;

/**
 * Runs one stage. Alone, it writes straight to the terminal; next to another, its output is
 * held and printed in one piece when it ends, so the two logs do not interleave.
 */
function run(stage, alone) {
  const started = Date.now();
  if (alone) console.log(`\n▶ ${stage.name}: ${stage.command} ${stage.args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(stage.command, stage.args, {
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    const finish = (status) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (!alone) {
        console.log(`\n▶ ${stage.name}: ${stage.command} ${stage.args.join(' ')} (${seconds} s)`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({name: stage.name, ok: status === 0, seconds, gate: stage.gate});
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      finish(1);
    });
    child.on('close', finish);
  });
}

const results = [];
for (const step of steps) {
  const started = Date.now();
  const outcomes = await Promise.all(step.map((stage) => run(stage, step.length === 1)));
  results.push(...outcomes);
  if (step.length > 1) {
    const names = step.map((stage) => stage.name).join(' + ');
    console.log(`\n${names} side by side: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  // Later stages need the build; without it they would only repeat its failure.
  if (outcomes.some((outcome) => !outcome.ok && outcome.gate)) break;
}

console.log('\nstage        result  seconds');
for (const {name, ok, seconds} of results)
  console.log(`${name.padEnd(12)} ${ok ? 'ok    ' : 'FAILED'}  ${seconds}`);
const failed = results.filter((result) => !result.ok);
if (failed.length > 0 || results.length < stageCount) {
  console.error(
    `\nnpm test failed: ${failed.map((result) => result.name).join(', ') || 'stopped early'}`,
  );
  process.exit(1);
}
