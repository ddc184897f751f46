import {describe, expect, it} from 'vitest';
import {localRegistryPort, pushesToLocalRegistry, registryEntrypointArgv} from './local-registry';
import {runAll, testEngine} from './test-helpers';

const BUILD_APP = [
  'mkdir app',
  'cd app',
  'printf \'FROM alpine:3.22\\nCMD ["echo", "hi"]\\n\' > Dockerfile',
  'docker build -t hello-app .',
  'cd ..',
];

describe('a registry container on a published port (localhost:5000)', () => {
  it('reads a local registry address', () => {
    expect(localRegistryPort('localhost:5000')).toBe(5000);
    expect(localRegistryPort('127.0.0.1:5001')).toBe(5001);
    expect(localRegistryPort('ghcr.io')).toBeNull();
    expect(localRegistryPort('localhost')).toBeNull();
  });

  it('docker run registry:3 pulls the official image and keeps running', () => {
    const engine = testEngine();
    const r = engine.run('docker run -d -p 5000:5000 --name registry registry:3');
    expect(r.exitCode).toBe(0);
    expect(engine.run("docker ps --format '{{.Names}} {{.Ports}}'").stdout).toBe(
      'registry 0.0.0.0:5000->5000/tcp, [::]:5000->5000/tcp\n',
    );
    expect(pushesToLocalRegistry(engine.state, 'localhost:5000')).toBe(true);
    expect(pushesToLocalRegistry(engine.state, 'localhost:5001')).toBe(false);
  });

  it('docker push localhost:5000/… goes to it without a login, and docker pull gets the image back', () => {
    const engine = testEngine();
    runAll(engine, [...BUILD_APP, 'docker run -d -p 5000:5000 --name registry registry:3']);
    expect(engine.run('docker tag hello-app localhost:5000/hello-app:1.0').exitCode).toBe(0);
    const push = engine.run('docker push localhost:5000/hello-app:1.0');
    expect(push.stderr).toBe('');
    expect(push.exitCode).toBe(0);
    expect(push.stdout).toMatch(/^The push refers to repository \[localhost:5000\/hello-app\]\n/);
    expect(push.stdout).toMatch(/\n1\.0: digest: sha256:[0-9a-f]{64} size: \d+\n$/);

    engine.run('docker image rm localhost:5000/hello-app:1.0 hello-app');
    const pull = engine.run('docker pull localhost:5000/hello-app:1.0');
    expect(pull.exitCode).toBe(0);
    expect(pull.stdout).toContain(
      'Status: Downloaded newer image for localhost:5000/hello-app:1.0',
    );
    expect(engine.run('docker run --rm localhost:5000/hello-app:1.0').stdout).toBe('hi\n');
  });

  it('without a running registry on that port the push is refused as before', () => {
    const engine = testEngine();
    runAll(engine, [...BUILD_APP, 'docker run -d -p 5001:5000 --name registry registry:3']);
    engine.run('docker tag hello-app localhost:5000/hello-app:1.0');
    expect(engine.run('docker push localhost:5000/hello-app:1.0').exitCode).toBe(1);
    engine.run('docker stop registry');
    engine.run('docker tag hello-app localhost:5001/hello-app:1.0');
    expect(engine.run('docker push localhost:5001/hello-app:1.0').exitCode).toBe(1);
  });

  it('a container of another image on port 5000 is not a registry', () => {
    const engine = testEngine();
    runAll(engine, [...BUILD_APP, 'docker run -d -p 5000:80 --name web nginx']);
    engine.run('docker tag hello-app localhost:5000/hello-app:1.0');
    expect(engine.run('docker push localhost:5000/hello-app:1.0').exitCode).toBe(1);
  });
});

describe("the registry image's entrypoint", () => {
  it('serves a configuration file, passes subcommands to registry, and runs anything else', () => {
    expect(registryEntrypointArgv(['/entrypoint.sh', '/etc/distribution/config.yml'])).toEqual([
      'registry',
      'serve',
      '/etc/distribution/config.yml',
    ]);
    expect(registryEntrypointArgv(['/entrypoint.sh', 'garbage-collect', 'c.yml'])).toEqual([
      'registry',
      'garbage-collect',
      'c.yml',
    ]);
    expect(registryEntrypointArgv(['/entrypoint.sh', 'sh'])).toEqual(['sh']);
    expect(registryEntrypointArgv(['nginx', '-g', 'daemon off;'])).toBeNull();
  });
});
