/**
 * `docker login` and `docker logout`: docker/cli v29.7.2 cli/command/registry/login.go,
 * cli/command/registry.go (PromptUserForCredentials), internal/prompt/prompt.go (ReadInput),
 * internal/tui/note.go (PrintNote) and cli/config/credentials/file_store.go (unencryptedWarning).
 * The simulated registries accept any password; only the user name is kept (`state.auth`).
 */
import {flagBool, flagString, type Output} from '../cli';
import * as msg from '../messages';
import {HOST_HOME} from '../state';
import {outErr, outOk, Printer, type Ctx, type Handler} from './common';

/** registry.go registerSuggest and patSuggest (hints are on unless DOCKER_CLI_HINTS=false). */
const REGISTER_SUGGEST =
  "Log in with your Docker ID or email address to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.";
const PAT_SUGGEST =
  'You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/';

/**
 * tui.Output.PrintNote on a terminal, colours left out: a blank line, the `i Info → ` header,
 * and each further line indented by the header's width (9 columns).
 */
export function infoNote(text: string): string {
  const header = 'i Info → ';
  return `\n${text
    .split('\n')
    .map((line, i) => (i === 0 ? header : ' '.repeat(9)) + line)
    .join('\n')}\n`;
}

/** The key a server's credentials are kept under (Docker Hub's names are one registry). */
function registryKey(server: string | undefined): string {
  if (!server || server === 'docker.io') return 'docker.io';
  if (server === 'index.docker.io' || server === 'https://index.docker.io/v1/') return 'docker.io';
  return server;
}

/** Stores the credentials and says so, as runLogin ends. */
function loggedIn(ctx: Ctx, key: string, user: string): Output {
  const p = new Printer();
  const changed = ctx.state.auth[key] !== user;
  ctx.state.auth[key] = user;
  // file_store.go Store: warns once when a password lands in the plain file store.
  if (changed)
    p.err(
      `\nWARNING! Your credentials are stored unencrypted in '${HOST_HOME}/.docker/config.json'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n`,
    );
  return p.line('Login Succeeded').done();
}

/** PromptUserForCredentials from the password on: the PAT note for Docker Hub, `Password: `. */
function askPassword(ctx: Ctx, key: string, user: string, ask: NonNullable<Ctx['ask']>): Output {
  const p = new Printer();
  if (key === 'docker.io')
    p.err(
      infoNote(
        'A Personal Access Token (PAT) can be used instead.\nTo create a PAT, visit https://app.docker.com/settings\n\n',
      ),
    );
  ask({
    kind: 'password',
    prompt: 'Password: ',
    // ReadInput trims the answer; the newline the CLI then prints ends the (unechoed) line.
    answer: (text) =>
      text.trim() === '' ? outErr('error: password is required') : loggedIn(ctx, key, user),
  });
  return p.done();
}

export const loginCmd: Handler = (ctx, cmd) => {
  const user = flagString(cmd, 'username');
  const password = flagString(cmd, 'password');
  const fromStdin = flagBool(cmd, 'password-stdin') || password === '-';
  // verifyLoginFlags
  if (fromStdin) {
    if (password !== undefined && password !== '-')
      return outErr('conflicting options: cannot specify both --password and --password-stdin');
    if (user === undefined)
      return outErr('the --password-stdin option requires --username to be set');
  }
  if (user !== undefined && user === '') return outErr('username is empty');
  if (password !== undefined && password === '') return outErr('password is empty');
  const p = new Printer();
  if (password && password !== '-')
    p.err('WARNING! Using --password via the CLI is insecure. Use --password-stdin.');
  const key = registryKey(cmd.args[0]);
  const name = user?.trim() ?? '';
  // verifyLoginOptions: a password from stdin that is only blanks (an unset $TOKEN) is refused.
  if (fromStdin && (ctx.stdin ?? '').trim() === '') return merge(p, outErr('password is empty'));
  if (fromStdin || (password && password !== '-')) return merge(p, loggedIn(ctx, key, name));

  // runLogin: without -u and -p the stored credentials are tried first.
  const stored = name === '' ? ctx.state.auth[key] : undefined;
  if (stored) {
    p.err(`Authenticating with existing credentials... [Username: ${stored}]`);
    p.err(
      infoNote("To login with a different account, run 'docker logout' followed by 'docker login'"),
    );
    p.err('\n\n');
    return p.line('Login Succeeded').done();
  }

  // loginUser: a prompt needs the terminal.
  const ask = ctx.ask;
  if (!ask) {
    if (ctx.stdin)
      return p
        .err('error: cannot perform an interactive login from a non-TTY device')
        .code(1)
        .done();
    return p
      .err(
        `${msg.PLAYGROUND_NOTE_PREFIX}사용자 이름과 비밀번호는 docker login 을 한 줄에 하나만 입력했을 때 물어봅니다.`,
      )
      .code(1)
      .done();
  }
  if (name !== '') return merge(p, askPassword(ctx, key, name, ask));
  if (key === 'docker.io') {
    // Docker 29 starts the web-based device-code flow first; it needs Docker Hub, which the
    // playground cannot reach, so it falls back as the CLI does when the flow cannot start.
    p.err('Failed to start web-based login - falling back to command line login...\n\n');
    p.line(REGISTER_SUGGEST).line(PAT_SUGGEST).line('');
  }
  ask({
    kind: 'line',
    prompt: 'Username: ',
    answer: (text) => {
      const typed = text.trim();
      if (typed === '') return outErr('error: username is required');
      const next = new Printer();
      // The same terminal answers the next question (the engine keeps `ask` for it).
      return merge(next, askPassword(ctx, key, typed, ask));
    },
  });
  return p.done();
};

/** The printer's output followed by `out`. */
function merge(p: Printer, out: Output): Output {
  for (const c of out.chunks ?? [
    {stream: 'stdout' as const, text: out.stdout},
    {stream: 'stderr' as const, text: out.stderr},
  ])
    if (c.stream === 'stdout') p.out(c.text);
    else if (c.text) p.err(c.text);
  return p.code(out.exitCode).done();
}

export const logoutCmd: Handler = (ctx, cmd) => {
  const server = cmd.args[0] ?? 'docker.io';
  const display = cmd.args[0] ?? 'https://index.docker.io/v1/';
  if (!ctx.state.auth[server]) return outOk(`Not logged in to ${display}\n`);
  delete ctx.state.auth[server];
  return outOk(`Removing login credentials for ${display}\n`);
};
