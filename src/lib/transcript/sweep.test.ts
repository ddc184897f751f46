import {describe, expect, it} from 'vitest';
import type {ScriptLine} from './script';
import {
  buildListingPairs,
  builtNames,
  chapterProblems,
  composeUpPsPairs,
  judgeBlock,
  listingFilter,
  typedCommands,
  type ShownEntry,
  type SweptLine,
  type TypedCommand,
} from './sweep';

const HOST = 'user@playground:~$ ';
const input = (text: string, exitCode?: number, prompt = HOST): ShownEntry => ({
  kind: 'input',
  prompt,
  text,
  ...(exitCode !== undefined && {exitCode}),
});
const line = (command: string, expectFailure = false): ScriptLine => ({
  command,
  blockLine: 1,
  expectFailure,
});
const typed = (command: string, exitCode: number, stdout = '', stderr = ''): TypedCommand => ({
  command: command.split('\n')[0]!,
  chunks: [
    ...(stdout ? [{stream: 'stdout' as const, text: stdout}] : []),
    ...(stderr ? [{stream: 'stderr' as const, text: stderr}] : []),
  ],
  exitCode,
});

describe('typedCommands', () => {
  it('keeps here-document lines and answers with their command, and container prompts apart', () => {
    const entries: ShownEntry[] = [
      {kind: 'info', text: '도커 플레이그라운드입니다.'},
      input("cat > note <<'EOF'"),
      input('hi', undefined, '> '),
      input('EOF', 0, '> '),
      input('docker container prune'),
      {kind: 'stdout', text: 'WARNING! This will remove all stopped containers.'},
      input('y', 0, 'Are you sure you want to continue? [y/N] '),
      {kind: 'stdout', text: 'Total reclaimed space: 0B'},
      input('docker exec -it web sh', 0),
      input('ls /nope', 2, 'root@9d641abf541b:/# '),
      {kind: 'stderr', text: "ls: cannot access '/nope': No such file or directory"},
    ];
    expect(typedCommands(entries)).toEqual([
      {command: "cat > note <<'EOF'", chunks: [], exitCode: 0},
      {
        command: 'docker container prune',
        chunks: [
          {stream: 'stdout', text: 'WARNING! This will remove all stopped containers.\n'},
          {stream: 'stdout', text: 'Total reclaimed space: 0B\n'},
        ],
        exitCode: 0,
      },
      {command: 'docker exec -it web sh', chunks: [], exitCode: 0},
      {
        command: 'ls /nope',
        chunks: [
          {stream: 'stderr', text: "ls: cannot access '/nope': No such file or directory\n"},
        ],
        exitCode: 2,
      },
    ]);
  });

  it('leaves the exit code out of a command nothing finished', () => {
    expect(typedCommands([input('for n in 1 2')])[0]?.exitCode).toBeUndefined();
  });
});

describe('judgeBlock', () => {
  it('passes what the chapter expects: success, a shown failure, a stopped blocking command', () => {
    const lines = [line('docker ps'), line('docker rm web', true), line('docker logs -f web')];
    const shown = [
      typed('docker ps', 0, 'CONTAINER ID   IMAGE'),
      typed('docker rm web', 1, '', 'Error response from daemon: No such container: web'),
      typed('docker logs -f web', 0, '', '플레이그라운드 안내: 바로 돌아왔습니다.'),
    ];
    expect(judgeBlock(lines, shown).problems).toEqual([]);
  });

  it('names an unexpected exit, a note, a line that succeeds where it should fail, and a gap', () => {
    const lines = [
      line('docker ps'),
      line('docker top web'),
      line('docker rm web', true),
      line('docker images'),
    ];
    const shown = [
      typed('docker ps', 1),
      typed('docker top web', 0, '', '플레이그라운드 안내: 흉내만 냅니다.'),
      typed('docker rm web', 0, 'web'),
    ];
    expect(judgeBlock(lines, shown).problems.map((p) => `${p.command}: ${p.problem}`)).toEqual([
      'docker ps: exit 1',
      'docker top web: playground note',
      'docker rm web: succeeds where the chapter fails',
      'docker images: was not typed',
    ]);
  });

  it("skips the exit the run button types to leave a container shell, not the chapter's own", () => {
    const lines = [line('docker run -it --rm alpine sh'), line('docker ps'), line('exit')];
    const shown = [
      typed('docker run -it --rm alpine sh', 0),
      typed('exit', 0),
      typed('docker ps', 0),
      typed('exit', 0),
    ];
    const {swept, problems} = judgeBlock(lines, shown);
    expect(problems).toEqual([]);
    expect(swept.map((each) => each.typed.command)).toEqual([
      'docker run -it --rm alpine sh',
      'docker ps',
      'exit',
    ]);
  });

  it('says when the terminal typed something else or did not finish a command', () => {
    const {problems} = judgeBlock(
      [line('docker ps'), line('docker login')],
      [typed('docker images', 0), {command: 'docker login', chunks: [], exitCode: undefined}],
    );
    expect(problems.map((p) => p.problem)).toEqual([
      'the terminal shows "docker images" in its place',
      'did not finish',
    ]);
  });
});

describe('the chapter-level checks', () => {
  it('reads the names a build tags and the filter of a listing', () => {
    expect(builtNames('docker build -t java-app:1.0 -t java-app .')).toEqual([
      'java-app:1.0',
      'java-app:latest',
    ]);
    expect(builtNames('docker build -q -t x .')).toEqual([]);
    expect(builtNames('docker buildx build --platform linux/amd64 -t x --push .')).toEqual([]);
    expect(listingFilter('docker images java-app')).toBe('java-app');
    expect(listingFilter('docker image ls')).toBe('');
    expect(listingFilter('docker image ls -q')).toBeNull();
    expect(listingFilter('docker ps')).toBeNull();
  });

  it('pairs a build with a later listing of it, unless an image was removed between', () => {
    const commands = [
      'docker build -t app:1.0 .',
      'docker images other',
      'docker images app',
      'docker rmi app:1.0',
      'docker image ls',
    ];
    expect(buildListingPairs(commands)).toEqual([{first: 0, second: 2}]);
  });

  it('pairs compose up -d with the next compose ps, unless the services stopped between', () => {
    const commands = [
      'docker compose up -d',
      'docker compose ps',
      'docker compose ps',
      'docker compose up -d',
      'docker compose down',
      'docker compose ps',
    ];
    expect(composeUpPsPairs(commands)).toEqual([{first: 0, second: 1}]);
  });

  const sweptLine = (command: string, output: string, exitCode = 0): SweptLine => ({
    line: line(command),
    typed: typed(command, exitCode, '', output),
  });

  it('passes a finished build listed afterwards and compose ps showing what up started', () => {
    const swept = [
      sweptLine(
        'docker build -t app:1.0 .',
        '[+] Building 1.2s (8/8) FINISHED\n => => naming to docker.io/library/app:1.0  0.0s\n',
      ),
      sweptLine('docker images app', 'IMAGE     ID   DISK USAGE\napp:1.0   1a2b 200MB\n'),
      sweptLine('docker compose up -d', ' ✔ Container shop-web-1  Started\n'),
      sweptLine('docker compose ps', 'NAME         IMAGE\nshop-web-1   nginx\n'),
    ];
    expect(chapterProblems(swept)).toEqual([]);
  });

  it('names a build that does not finish, a listing without the image, compose ps without a service', () => {
    const swept = [
      sweptLine('docker build -t app:1.0 .', '[+] Building 0.1s (2/8)\n'),
      sweptLine('docker images', 'REPOSITORY   TAG\nnginx        latest\n'),
      sweptLine(
        'docker compose up -d',
        ' ✔ Container shop-web-1  Started\n ✔ Container shop-db-1  Healthy\n',
      ),
      sweptLine('docker compose ps', 'NAME         IMAGE\nshop-web-1   nginx\n'),
    ];
    expect(chapterProblems(swept).map((p) => `${p.command}: ${p.problem}`)).toEqual([
      'docker build -t app:1.0 .: the build does not show finishing and naming app:1.0',
      'docker images: does not list app:1.0',
      'docker compose ps: does not show shop-db-1',
    ]);
  });
});
