import {describe, expect, it} from 'vitest';
import {extractBlocks} from './extract';
import {outputMatches} from './normalize';
import {applyRenames, collectRenames} from './rename';
import {blocksInTerminal, judge, replay, replayTwice} from './replay';
import {chapterScript, commandsOf, notACommand} from './script';

const fence = '```';
const noRaw = (): string => {
  throw new Error('no raw imports here');
};

describe('extractBlocks and chapterScript', () => {
  it('keeps the linux branch of a tab group once, counts host blocks, pairs the output', () => {
    const mdx = [
      '---',
      'title: x',
      '---',
      '<Tabs groupId="os">',
      '<TabItem value="windows">',
      `${fence}bash`,
      'winget install docker',
      fence,
      '</TabItem>',
      '<TabItem value="linux">',
      `${fence}bash`,
      'docker ps',
      fence,
      '</TabItem>',
      '</Tabs>',
      `${fence}bash host="install"`,
      'sudo apt-get install docker-ce \\',
      '  docker-ce-cli',
      fence,
      `${fence}bash`,
      '# a comment',
      'docker run --rm \\',
      '  alpine echo hi',
      fence,
      '',
      `${fence}text`,
      'hi',
      fence,
    ].join('\n');
    const script = chapterScript(extractBlocks(mdx, noRaw));
    expect(script.lines.map((l) => l.command)).toEqual([
      'docker ps',
      'docker run --rm alpine echo hi',
    ]);
    expect(script.lines[1]!.expected).toEqual({text: 'hi', example: false});
    expect(script.lines[0]!.expected).toBeUndefined();
    expect(script.marked.install).toBe(1);
  });

  it('reads a bash block rendered from a ?raw import', () => {
    const mdx = [
      "import steps from '@site/examples/x/steps.sh?raw';",
      '<CodeBlock language="bash" title="steps.sh">{steps}</CodeBlock>',
    ].join('\n');
    const blocks = extractBlocks(mdx, (p) =>
      p === '@site/examples/x/steps.sh' ? 'ls\npwd\n' : '',
    );
    expect(chapterScript(blocks).lines.map((l) => l.command)).toEqual(['ls', 'pwd']);
  });

  it('fails on a bad meta word, with the site parser’s message', () => {
    expect(() => extractBlocks(`${fence}bash host="nope"\nls\n${fence}`, noRaw)).toThrow(
      /unknown host reason/,
    );
  });

  it('finds prompts and output lines in a bash block', () => {
    expect(notACommand('$ docker ps')).toMatch(/prompt/);
    expect(notACommand('user@host:~$ ls')).toMatch(/prompt/);
    expect(notACommand('CONTAINER ID   IMAGE')).toMatch(/output line/);
    expect(notACommand('안녕하세요')).toMatch(/output line/);
    expect(notACommand('docker ps')).toBeNull();
    expect(notACommand('DOCKER_BUILDKIT=1 docker build .')).toBeNull();
    expect(notACommand('./run.sh')).toBeNull();
  });

  it('keeps a here-document with its command', () => {
    expect(commandsOf(["cat > a.txt <<'EOF'", 'one', 'two', 'EOF', 'ls']).commands).toEqual([
      "cat > a.txt <<'EOF'\none\ntwo\nEOF",
      'ls',
    ]);
  });

  it("takes a network tool's error (ping, wget, curl) as the line meant to fail", () => {
    for (const error of [
      "ping: bad address 'db'",
      'curl: (56) Recv failure: Connection reset by peer',
      "wget: can't connect to remote host (172.18.0.2): Connection refused",
    ]) {
      const mdx = `${fence}bash\nx\n${fence}\n\n${fence}text\n${error}\n${fence}`;
      expect(chapterScript(extractBlocks(mdx, noRaw)).lines[0]!.expectFailure, error).toBe(true);
    }
  });

  it('takes a refused write or a missing privilege (EROFS, EPERM) as the line meant to fail', () => {
    for (const error of [
      "sh: can't create /x: Read-only file system",
      'chown: /etc/hosts: Operation not permitted',
    ]) {
      const mdx = `${fence}bash\nx\n${fence}\n\n${fence}text\n${error}\n${fence}`;
      expect(chapterScript(extractBlocks(mdx, noRaw)).lines[0]!.expectFailure, error).toBe(true);
    }
  });

  it('takes an error shown after the block as the line meant to fail', () => {
    const mdx = `${fence}bash\ndocker rm web\n${fence}\n\n${fence}text\nError response from daemon: x\n${fence}`;
    expect(chapterScript(extractBlocks(mdx, noRaw)).lines[0]!.expectFailure).toBe(true);
  });
});

describe('outputMatches', () => {
  it('ignores ids, sizes, times and column padding', () => {
    const actual = 'CONTAINER ID   IMAGE   STATUS\n3f4e8a9b2c1d   nginx   Up 3 seconds\n';
    expect(
      outputMatches(actual, 'CONTAINER ID  IMAGE  STATUS\na1b2c3d4e5f6  nginx  Up 2 minutes'),
    ).toBe(true);
    expect(
      outputMatches(actual, 'CONTAINER ID  IMAGE  STATUS\na1b2c3d4e5f6  httpd  Up 2 minutes'),
    ).toBe(false);
  });

  it('ignores the times of nginx logs', () => {
    const log = (day: string, time: string) =>
      `${day.replace(/-/g, '/')} ${time} [notice] 1#1: start worker processes\n` +
      `172.17.0.1 - - [01/Dec/2026:${time} +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0" "-"`;
    expect(outputMatches(log('2026-11-23', '10:00:04'), log('2026-12-01', '10:00:12'))).toBe(true);
    expect(
      outputMatches(
        log('2026-11-23', '10:00:04'),
        log('2026-12-01', '10:00:12').replace('200', '404'),
      ),
    ).toBe(false);
  });

  it('lets `...` skip lines, in order', () => {
    expect(outputMatches('a\nb\nc\nd\n', 'a\n...\nd')).toBe(true);
    expect(outputMatches('a\nb\nc\nd\n', 'd\n...\na')).toBe(false);
  });
});

describe('renaming the reader’s names', () => {
  it('renames container, volume, image names and host ports consistently', () => {
    const renames = collectRenames([
      'docker run -d --name web -p 8080:80 -v data:/srv nginx',
      'docker build -t myapp .',
    ]);
    expect(applyRenames('docker logs web; curl localhost:8080; docker run myapp', renames)).toBe(
      'docker logs web2; curl localhost:18080; docker run myapp2',
    );
    expect(applyRenames('docker run -d --name web -p 8080:80 -v data:/srv nginx', renames)).toBe(
      'docker run -d --name web2 -p 18080:80 -v data2:/srv nginx',
    );
    expect(applyRenames('0.0.0.0:8080->80/tcp   web-data   webserver', renames)).toBe(
      '0.0.0.0:18080->80/tcp   web-data   webserver',
    );
  });

  it('renames the host port of `-p 3000:3000` and keeps the container port', () => {
    const renames = collectRenames(['docker run -d -p 3000:3000 -p 127.0.0.1:3000:80 app']);
    expect(applyRenames('docker run -d -p 3000:3000 -p 127.0.0.1:3000:80 app', renames)).toBe(
      'docker run -d -p 13000:3000 -p 127.0.0.1:13000:80 app',
    );
  });

  it('does not take the registry host of `docker tag … localhost:5000/app` for a name', () => {
    const renames = collectRenames([
      'docker build -t app:1.0 .',
      'docker run -d -p 5000:5000 --name reg registry:3',
      'docker tag app:1.0 localhost:5000/app:1.0',
    ]);
    expect([...renames.names.keys()]).toEqual(['app', 'reg']);
    expect(applyRenames('docker push localhost:5000/app:1.0', renames)).toBe(
      'docker push localhost:15000/app:1.0',
    );
  });

  it('renames an image name after the docker.io registry, and leaves buildx builder names alone', () => {
    const renames = collectRenames([
      'docker buildx create --name multi --driver docker-container --use',
      'docker buildx build -t gildong/app:1.0 --push .',
    ]);
    expect(renames.names.has('multi')).toBe(false);
    expect(applyRenames('Name: docker.io/gildong/app:1.0 /srv/gildong/app', renames)).toBe(
      'Name: docker.io/gildong/app2:1.0 /srv/gildong/app',
    );
  });

  it('renames a container name as a URL host but not as a path segment', () => {
    const renames = collectRenames(['docker run -d --name web nginx']);
    expect(
      applyRenames('wget -qO- http://web && curl http://web:80/ && cat /srv/web', renames),
    ).toBe('wget -qO- http://web2 && curl http://web2:80/ && cat /srv/web');
  });

  it('replays a second time under the new names, outputs renamed too', () => {
    const ps = {
      command: 'docker ps --format "{{.Names}}"',
      blockLine: 2,
      expectFailure: false,
      expected: {text: 'web', example: false},
    };
    const run = {command: 'docker run -d --name web nginx', blockLine: 1, expectFailure: false};
    expect(replayTwice([run, ps], {setup: []}).map((r) => r.causes)).toEqual([[], []]);
  });
});

describe('judging a line', () => {
  const line = {command: 'docker ps', blockLine: 1, expectFailure: false};
  it('fails on a non-zero exit, unknown commands and flags, and notes', () => {
    expect(judge(line, {stdout: '', stderr: 'x', exitCode: 1})).toEqual(['exit 1']);
    expect(judge(line, {stdout: '', stderr: 'unknown flag: --x', exitCode: 125})).toEqual([
      'unknown flag',
    ]);
    expect(judge(line, {stdout: '', stderr: '플레이그라운드 안내: y/N', exitCode: 0})).toEqual([
      'playground note',
    ]);
  });

  it('lets a blocking command end as after Ctrl+C', () => {
    expect(blocksInTerminal('docker logs -f web')).toBe(true);
    expect(blocksInTerminal('docker compose up')).toBe(true);
    expect(blocksInTerminal('docker compose up -d')).toBe(false);
    const follow = {...line, command: 'docker logs -f web'};
    expect(judge(follow, {stdout: 'x', stderr: '플레이그라운드 안내: -f', exitCode: 130})).toEqual(
      [],
    );
  });

  it('expects a failure the chapter shows', () => {
    const failing = {...line, expectFailure: true};
    expect(judge(failing, {stdout: '', stderr: '', exitCode: 0})).toEqual([
      'succeeds where the chapter fails',
    ]);
  });
});

describe('replay', () => {
  it('sends lines typed in a container shell to the container, and leaves it for docker lines', () => {
    const results = replay(
      [
        {command: 'docker run -it --name box ubuntu bash', blockLine: 1, expectFailure: false},
        {command: 'cat /etc/os-release', blockLine: 5, expectFailure: false},
        {command: 'docker ps -a --format "{{.Names}}"', blockLine: 9, expectFailure: false},
      ],
      {setup: ['docker pull ubuntu']},
    );
    expect(results[1]!.output).toContain('Ubuntu');
    expect(results[2]!.output).toBe('box\n');
  });

  it('keeps every line of a block typed in a container shell inside that container', () => {
    const results = replay(
      [
        {command: 'docker run -it --name box ubuntu bash', blockLine: 1, expectFailure: false},
        {command: 'hostname', blockLine: 5, expectFailure: false},
        {command: 'hostname', blockLine: 5, expectFailure: false},
      ],
      {setup: ['docker pull ubuntu']},
    );
    expect(results[1]!.output).toMatch(/^[0-9a-f]{12}\n$/);
    expect(results[2]!.output).toBe(results[1]!.output);
  });

  it('starts in the declared directory after the declared setup', () => {
    const [pwd] = replay([{command: 'pwd', blockLine: 1, expectFailure: false}], {
      setup: ['mkdir -p ~/work'],
      cwd: '~/work',
    });
    expect(pwd!.output).toBe('/home/user/work\n');
  });
});
