/**
 * The bundled "Docker Hub": images the simulated daemon can pull. Versions, sizes and defaults
 * follow the official images as they were around Docker Engine 28.2 (mid-2025). Ids and digests
 * are derived deterministically from the names (they look like, but are not, the real ones).
 */
import {stableHex} from './rng';
import {HUB_INDEXES} from './hub-indexes';

export type ImageBehavior =
  | {readonly kind: 'hello'}
  | {readonly kind: 'shell'}
  | {
      readonly kind: 'server';
      readonly requiredEnv?: readonly string[];
      readonly missingEnvLog?: readonly string[];
    }
  | {readonly kind: 'repl'; readonly banner: string};

/**
 * `size` is the amd64 image's compressed size as repo-info's "Total Size" reports it (what
 * Docker 29's containerd store calls CONTENT SIZE); `layers` counts its layer blobs.
 */
export interface CatalogImage {
  readonly repo: string;
  readonly tags: readonly string[];
  readonly size: number;
  readonly created: string;
  readonly layers: number;
  readonly entrypoint: readonly string[] | null;
  readonly cmd: readonly string[] | null;
  readonly env: readonly string[];
  readonly exposed: readonly string[];
  readonly workdir: string;
  readonly family: 'debian' | 'ubuntu' | 'alpine' | 'busybox' | 'scratch' | 'oracle';
  /** Config.User of the image (empty: root). */
  readonly user?: string;
  /** VOLUME instructions of the image. */
  readonly volumes?: readonly string[];
  /** Where the entry's data comes from: `repository@commit path` (docker-library/repo-info for the official images). */
  readonly source: string;
  readonly behavior: ImageBehavior;
  /** Startup log lines; `{ts}` placeholders are filled in when the container starts. */
  readonly logs: readonly {readonly stream: 'stdout' | 'stderr'; readonly text: string}[];
  readonly files: Readonly<Record<string, string>>;
  readonly description: string;
  readonly stars: number;
  readonly stopSignal?: string;
}

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export const HELLO_MESSAGE = `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`;

const DEBIAN_OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

const UBUNTU_OS_RELEASE = `PRETTY_NAME="Ubuntu 24.04.2 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.2 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
`;

/** alpine-baselayout's os-release for an Alpine release (3.22.0 unless an entry says otherwise). */
const alpineOsRelease = (version: string): string => `NAME="Alpine Linux"
ID=alpine
VERSION_ID=${version}
PRETTY_NAME="Alpine Linux v${version.split('.').slice(0, 2).join('.')}"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`;

const ORACLE_OS_RELEASE = `NAME="Oracle Linux Server"
VERSION="9.6"
ID="ol"
ID_LIKE="fedora"
VARIANT="Server"
VARIANT_ID="server"
VERSION_ID="9.6"
PLATFORM_ID="platform:el9"
PRETTY_NAME="Oracle Linux Server 9.6"
ANSI_COLOR="0;31"
CPE_NAME="cpe:/o:oracle:linux:9:6:server"
HOME_URL="https://linux.oracle.com/"
`;

export const NGINX_INDEX_HTML = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const HTTPD_INDEX_HTML = `<html><body><h1>It works!</h1></body></html>
`;

const osRelease = (family: CatalogImage['family'], alpine = '3.22.0'): Record<string, string> => {
  switch (family) {
    case 'debian':
      return {'/etc/os-release': DEBIAN_OS_RELEASE, '/etc/debian_version': '12.11\n'};
    case 'ubuntu':
      return {'/etc/os-release': UBUNTU_OS_RELEASE, '/etc/debian_version': 'trixie/sid\n'};
    case 'alpine':
      return {'/etc/os-release': alpineOsRelease(alpine), '/etc/alpine-release': `${alpine}\n`};
    case 'oracle':
      return {'/etc/os-release': ORACLE_OS_RELEASE};
    default:
      return {};
  }
};

const NGINX_LOGS: CatalogImage['logs'] = [
  {
    stream: 'stdout',
    text: '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  },
  {
    stream: 'stdout',
    text: '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  },
  {
    stream: 'stdout',
    text: '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  },
  {
    stream: 'stdout',
    text: '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  },
  {
    stream: 'stdout',
    text: '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  },
  {
    stream: 'stdout',
    text: '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  },
  {
    stream: 'stdout',
    text: '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  },
  {
    stream: 'stdout',
    text: '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  },
  {stream: 'stdout', text: '/docker-entrypoint.sh: Configuration complete; ready for start up'},
  {stream: 'stderr', text: '{ts:nginx} [notice] 1#1: using the "epoll" event method'},
  {stream: 'stderr', text: '{ts:nginx} [notice] 1#1: nginx/1.27.5'},
  {stream: 'stderr', text: '{ts:nginx} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) '},
  {stream: 'stderr', text: '{ts:nginx} [notice] 1#1: OS: Linux 6.8.0-60-generic'},
  {stream: 'stderr', text: '{ts:nginx} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576'},
  {stream: 'stderr', text: '{ts:nginx} [notice] 1#1: start worker processes'},
  {stream: 'stderr', text: '{ts:nginx} [notice] 1#1: start worker process 29'},
];

const POSTGRES_INIT_LOGS: CatalogImage['logs'] = [
  {
    stream: 'stdout',
    text: 'The files belonging to this database system will be owned by user "postgres".',
  },
  {stream: 'stdout', text: 'This user must also own the server process.'},
  {stream: 'stdout', text: ''},
  {stream: 'stdout', text: 'The database cluster will be initialized with locale "en_US.utf8".'},
  {stream: 'stdout', text: 'The default database encoding has accordingly been set to "UTF8".'},
  {stream: 'stdout', text: 'The default text search configuration will be set to "english".'},
  {stream: 'stdout', text: ''},
  {stream: 'stdout', text: 'Data page checksums are disabled.'},
  {stream: 'stdout', text: ''},
  {
    stream: 'stdout',
    text: 'fixing permissions on existing directory /var/lib/postgresql/data ... ok',
  },
  {stream: 'stdout', text: 'creating subdirectories ... ok'},
  {stream: 'stdout', text: 'selecting dynamic shared memory implementation ... posix'},
  {stream: 'stdout', text: 'selecting default "max_connections" ... 100'},
  {stream: 'stdout', text: 'selecting default "shared_buffers" ... 128MB'},
  {stream: 'stdout', text: 'selecting default time zone ... Etc/UTC'},
  {stream: 'stdout', text: 'creating configuration files ... ok'},
  {stream: 'stdout', text: 'running bootstrap script ... ok'},
  {stream: 'stdout', text: 'performing post-bootstrap initialization ... ok'},
  {stream: 'stdout', text: 'syncing data to disk ... ok'},
  {stream: 'stdout', text: ''},
  {stream: 'stdout', text: ''},
  {stream: 'stdout', text: 'Success. You can now start the database server using:'},
  {stream: 'stdout', text: ''},
  {stream: 'stdout', text: '    pg_ctl -D /var/lib/postgresql/data -l logfile start'},
  {stream: 'stdout', text: ''},
  {stream: 'stdout', text: 'PostgreSQL init process complete; ready for start up.'},
  {stream: 'stdout', text: ''},
];

const POSTGRES_LOGS: CatalogImage['logs'] = [
  {
    stream: 'stderr',
    text: '{ts:pg} UTC [1] LOG:  starting PostgreSQL 17.5 (Debian 17.5-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit',
  },
  {stream: 'stderr', text: '{ts:pg} UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432'},
  {stream: 'stderr', text: '{ts:pg} UTC [1] LOG:  listening on IPv6 address "::", port 5432'},
  {
    stream: 'stderr',
    text: '{ts:pg} UTC [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
  },
  {stream: 'stderr', text: '{ts:pg} UTC [62] LOG:  database system was shut down at {ts:pgs} UTC'},
  {stream: 'stderr', text: '{ts:pg} UTC [1] LOG:  database system is ready to accept connections'},
];

const REDIS_LOGS: CatalogImage['logs'] = [
  {stream: 'stdout', text: '1:C {ts:redis} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'},
  {
    stream: 'stdout',
    text: '1:C {ts:redis} * Redis version=8.0.2, bits=64, commit=00000000, modified=1, pid=1, just started',
  },
  {
    stream: 'stdout',
    text: '1:C {ts:redis} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
  },
  {stream: 'stdout', text: '1:M {ts:redis} * monotonic clock: POSIX clock_gettime'},
  {stream: 'stdout', text: '1:M {ts:redis} * Running mode=standalone, port=6379.'},
  {stream: 'stdout', text: '1:M {ts:redis} * Server initialized'},
  {stream: 'stdout', text: '1:M {ts:redis} * Ready to accept connections tcp'},
];

const HTTPD_LOGS: CatalogImage['logs'] = [
  {
    stream: 'stderr',
    text: "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using {ip}. Set the 'ServerName' directive globally to suppress this message",
  },
  {
    stream: 'stderr',
    text: "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using {ip}. Set the 'ServerName' directive globally to suppress this message",
  },
  {
    stream: 'stderr',
    text: '[{ts:httpd}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.63 (Unix) configured -- resuming normal operations',
  },
  {
    stream: 'stderr',
    text: "[{ts:httpd}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'",
  },
];

const MYSQL_LOGS: CatalogImage['logs'] = [
  {
    stream: 'stdout',
    text: '{ts:mysql}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 9.3.0-1.el9 started.',
  },
  {
    stream: 'stdout',
    text: "{ts:mysql}+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'",
  },
  {
    stream: 'stdout',
    text: '{ts:mysql}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 9.3.0-1.el9 started.',
  },
  {stream: 'stdout', text: '{ts:mysql}+00:00 [Note] [Entrypoint]: Initializing database files'},
  {stream: 'stdout', text: '{ts:mysql}+00:00 [Note] [Entrypoint]: Database files initialized'},
  {
    stream: 'stdout',
    text: '{ts:mysql}+00:00 [Note] [Entrypoint]: MySQL init process done. Ready for start up.',
  },
  {stream: 'stdout', text: ''},
  {stream: 'stderr', text: '{ts:mysqld} 0 [System] [MY-015015] [Server] MySQL Server - start.'},
  {
    stream: 'stderr',
    text: "{ts:mysqld} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '9.3.0'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.",
  },
];

/** Entries kept from the first (Docker 28.2, mid-2025) catalogue; not yet re-read at a commit. */
const EARLY_CATALOGUE = 'docker-library/official-images@2025-05 (first catalogue, not re-checked)';

// docker-entrypoint.sh file_env: POSTGRES_PASSWORD_FILE names a file (a Compose secret) that
// sets POSTGRES_PASSWORD before docker_verify_minimum_env checks it.
const POSTGRES_REQUIRED_ENV = [
  'POSTGRES_PASSWORD',
  'POSTGRES_PASSWORD_FILE',
  'POSTGRES_HOST_AUTH_METHOD',
];
const POSTGRES_MISSING_ENV = [
  'Error: Database is uninitialized and superuser password is not specified.',
  '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
  '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
  '',
  '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
  '       connections without a password. This is *not* recommended.',
  '',
  '       See PostgreSQL documentation about "trust":',
  '       https://www.postgresql.org/docs/current/auth-trust.html',
];
const MYSQL_REQUIRED_ENV = [
  'MYSQL_ROOT_PASSWORD',
  'MYSQL_ALLOW_EMPTY_PASSWORD',
  'MYSQL_RANDOM_ROOT_PASSWORD',
];

// What alpine:latest and alpine:3.22 share: the image's config and its Hub repository's page.
const ALPINE = {
  repo: 'alpine',
  layers: 1,
  entrypoint: null,
  cmd: ['/bin/sh'],
  env: [PATH_ENV],
  exposed: [],
  workdir: '',
  family: 'alpine',
  behavior: {kind: 'shell'},
  logs: [],
  description:
    'A minimal Docker image based on Alpine Linux with a complete package index and only 5 MB in size!',
  stars: 11412,
} as const;

const img = (
  c: Omit<CatalogImage, 'files'> & {
    readonly files?: Readonly<Record<string, string>>;
    /** the Alpine release of an alpine-based entry (its os-release), 3.22.0 if not given */
    readonly alpine?: string;
  },
): CatalogImage => {
  const {alpine, ...entry} = c;
  return {...entry, files: {...osRelease(c.family, alpine), ...(c.files ?? {})}};
};

export const CATALOG: readonly CatalogImage[] = [
  img({
    repo: 'hello-world',
    tags: ['latest', 'linux'],
    size: 10072,
    created: '2025-01-21T23:32:32Z',
    layers: 1,
    entrypoint: null,
    cmd: ['/hello'],
    env: [PATH_ENV],
    exposed: [],
    workdir: '',
    family: 'scratch',
    behavior: {kind: 'hello'},
    logs: [],
    files: {'/hello': '\u007fELF'},
    description: 'Hello World! (an example of minimal Dockerization)',
    stars: 2489,
    source: EARLY_CATALOGUE,
  }),
  // alpine:latest from the same repo-info page as its Hub index (hub-indexes.ts), so `docker
  // pull alpine`, the image's os-release and `buildx imagetools inspect alpine` agree.
  img({
    ...ALPINE,
    tags: ['latest', '3', '3.24', '3.24.2'],
    size: 3849738,
    created: '2026-09-17T20:37:20Z',
    alpine: '3.24.2',
    source: HUB_INDEXES['docker.io/library/alpine:latest']!.source,
  }),
  img({
    ...ALPINE,
    tags: ['3.22', '3.22.0'],
    size: 8310000,
    created: '2025-05-30T17:38:45Z',
    source: EARLY_CATALOGUE,
  }),
  img({
    repo: 'ubuntu',
    tags: ['latest', '24.04', 'noble'],
    size: 78100000,
    created: '2025-05-29T04:21:01Z',
    layers: 1,
    entrypoint: null,
    cmd: ['/bin/bash'],
    env: [PATH_ENV],
    exposed: [],
    workdir: '',
    family: 'ubuntu',
    behavior: {kind: 'shell'},
    logs: [],
    description: 'Ubuntu is a Debian-based Linux operating system based on free software.',
    stars: 17745,
    source: EARLY_CATALOGUE,
  }),
  img({
    repo: 'debian',
    tags: ['latest', '12', 'bookworm'],
    size: 117000000,
    created: '2025-05-20T00:00:00Z',
    layers: 1,
    entrypoint: null,
    cmd: ['bash'],
    env: [PATH_ENV],
    exposed: [],
    workdir: '',
    family: 'debian',
    behavior: {kind: 'shell'},
    logs: [],
    description:
      "Debian is a Linux distribution that's composed entirely of free and open-source software.",
    stars: 5203,
    source: EARLY_CATALOGUE,
  }),
  img({
    repo: 'busybox',
    tags: ['latest', '1.37', '1.37.0'],
    size: 4280000,
    created: '2024-09-26T21:31:42Z',
    layers: 1,
    entrypoint: null,
    cmd: ['sh'],
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    exposed: [],
    workdir: '',
    family: 'busybox',
    behavior: {kind: 'shell'},
    logs: [],
    description: 'Busybox base image.',
    stars: 3383,
    source: EARLY_CATALOGUE,
  }),
  img({
    repo: 'nginx',
    tags: ['latest', '1.27', '1.27.5', 'mainline'],
    size: 192000000,
    created: '2025-04-16T14:50:31Z',
    layers: 7,
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: [
      PATH_ENV,
      'NGINX_VERSION=1.27.5',
      'NJS_VERSION=0.8.10',
      'NJS_RELEASE=1~bookworm',
      'PKG_RELEASE=1~bookworm',
      'DYNPKG_RELEASE=1~bookworm',
    ],
    exposed: ['80/tcp'],
    workdir: '',
    family: 'debian',
    stopSignal: 'SIGQUIT',
    behavior: {kind: 'server'},
    logs: NGINX_LOGS,
    files: {
      '/usr/share/nginx/html/index.html': NGINX_INDEX_HTML,
      '/usr/share/nginx/html/50x.html':
        '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n',
      '/etc/nginx/nginx.conf':
        'user  nginx;\nworker_processes  auto;\n\nerror_log  /var/log/nginx/error.log notice;\npid        /run/nginx.pid;\n\nevents {\n    worker_connections  1024;\n}\n\nhttp {\n    include       /etc/nginx/mime.types;\n    default_type  application/octet-stream;\n    sendfile        on;\n    keepalive_timeout  65;\n    include /etc/nginx/conf.d/*.conf;\n}\n',
      '/etc/nginx/conf.d/default.conf':
        'server {\n    listen       80;\n    listen  [::]:80;\n    server_name  localhost;\n\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n',
      '/docker-entrypoint.sh': '#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n',
    },
    description: 'Official build of Nginx.',
    stars: 20873,
    source: EARLY_CATALOGUE,
  }),
  img({
    repo: 'nginx',
    tags: ['alpine', '1.27-alpine', '1.27.5-alpine'],
    size: 48200000,
    created: '2025-04-16T17:36:13Z',
    layers: 8,
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: [
      PATH_ENV,
      'NGINX_VERSION=1.27.5',
      'PKG_RELEASE=1',
      'DYNPKG_RELEASE=1',
      'NJS_VERSION=0.8.10',
      'NJS_RELEASE=1',
    ],
    exposed: ['80/tcp'],
    workdir: '',
    family: 'alpine',
    stopSignal: 'SIGQUIT',
    behavior: {kind: 'server'},
    logs: NGINX_LOGS,
    files: {'/usr/share/nginx/html/index.html': NGINX_INDEX_HTML},
    description: 'Official build of Nginx.',
    stars: 20873,
    source: EARLY_CATALOGUE,
  }),
  img({
    repo: 'httpd',
    tags: ['latest', '2.4', '2.4.63'],
    size: 148000000,
    created: '2025-05-20T00:00:00Z',
    layers: 6,
    entrypoint: null,
    cmd: ['httpd-foreground'],
    env: [
      PATH_ENV.replace('PATH=', 'PATH=/usr/local/apache2/bin:'),
      'HTTPD_PREFIX=/usr/local/apache2',
      'HTTPD_VERSION=2.4.63',
    ],
    exposed: ['80/tcp'],
    workdir: '/usr/local/apache2',
    family: 'debian',
    stopSignal: 'SIGWINCH',
    behavior: {kind: 'server'},
    logs: HTTPD_LOGS,
    files: {'/usr/local/apache2/htdocs/index.html': HTTPD_INDEX_HTML},
    description: 'The Apache HTTP Server Project',
    stars: 4831,
    source: EARLY_CATALOGUE,
  }),
  img({
    repo: 'postgres',
    tags: ['latest', '17', '17.5', 'bookworm'],
    size: 438000000,
    created: '2025-05-20T00:00:00Z',
    layers: 14,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['postgres'],
    env: [
      `${PATH_ENV}:/usr/lib/postgresql/17/bin`,
      'GOSU_VERSION=1.17',
      'LANG=en_US.utf8',
      'PG_MAJOR=17',
      'PG_VERSION=17.5-1.pgdg120+1',
      'PGDATA=/var/lib/postgresql/data',
    ],
    exposed: ['5432/tcp'],
    workdir: '',
    family: 'debian',
    stopSignal: 'SIGINT',
    behavior: {
      kind: 'server',
      requiredEnv: POSTGRES_REQUIRED_ENV,
      missingEnvLog: [
        'Error: Database is uninitialized and superuser password is not specified.',
        '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
        '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
        '',
        '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
        '       connections without a password. This is *not* recommended.',
        '',
        '       See PostgreSQL documentation about "trust":',
        '       https://www.postgresql.org/docs/current/auth-trust.html',
      ],
    },
    logs: [...POSTGRES_INIT_LOGS, ...POSTGRES_LOGS],
    description:
      'The PostgreSQL object-relational database system provides reliability and data integrity.',
    stars: 14201,
    source: EARLY_CATALOGUE,
  }),
  img({
    repo: 'mysql',
    tags: ['latest', '9', '9.3', '9.3.0'],
    size: 859000000,
    created: '2025-04-15T00:00:00Z',
    layers: 11,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['mysqld'],
    env: [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'GOSU_VERSION=1.17',
      'MYSQL_MAJOR=innovation',
      'MYSQL_VERSION=9.3.0-1.el9',
      'MYSQL_SHELL_VERSION=9.3.0-1.el9',
    ],
    exposed: ['3306/tcp', '33060/tcp'],
    workdir: '',
    family: 'oracle',
    behavior: {
      kind: 'server',
      requiredEnv: [
        'MYSQL_ROOT_PASSWORD',
        'MYSQL_ALLOW_EMPTY_PASSWORD',
        'MYSQL_RANDOM_ROOT_PASSWORD',
      ],
      missingEnvLog: [
        '{ts:mysql}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 9.3.0-1.el9 started.',
        "{ts:mysql}+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'",
        '{ts:mysql}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 9.3.0-1.el9 started.',
        '{ts:mysql}+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
        '    You need to specify one of the following as an environment variable:',
        '    - MYSQL_ROOT_PASSWORD',
        '    - MYSQL_ALLOW_EMPTY_PASSWORD',
        '    - MYSQL_RANDOM_ROOT_PASSWORD',
      ],
    },
    logs: MYSQL_LOGS,
    description:
      'MySQL is a widely used, open-source relational database management system (RDBMS).',
    stars: 15907,
    source: EARLY_CATALOGUE,
  }),
  img({
    repo: 'redis',
    tags: ['latest', '8', '8.0', '8.0.2'],
    size: 128000000,
    created: '2025-05-27T00:00:00Z',
    layers: 8,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    env: [
      PATH_ENV,
      'GOSU_VERSION=1.17',
      'REDIS_DOWNLOAD_URL=https://github.com/redis/redis/archive/refs/tags/8.0.2.tar.gz',
    ],
    exposed: ['6379/tcp'],
    workdir: '/data',
    family: 'debian',
    behavior: {kind: 'server'},
    logs: REDIS_LOGS,
    description:
      'Redis is the world’s fastest data platform for caching, vector search, and NoSQL databases.',
    stars: 13215,
    source: EARLY_CATALOGUE,
  }),
  img({
    repo: 'node',
    tags: ['latest', '24', '24.1', '24.1.0', 'bookworm'],
    size: 1120000000,
    created: '2025-05-21T00:00:00Z',
    layers: 8,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['node'],
    env: [PATH_ENV, 'NODE_VERSION=24.1.0', 'YARN_VERSION=1.22.22'],
    exposed: [],
    workdir: '',
    family: 'debian',
    behavior: {
      kind: 'repl',
      banner: 'Welcome to Node.js v24.1.0.\nType ".help" for more information.',
    },
    logs: [],
    description:
      'Node.js is a JavaScript-based platform for server-side and networking applications.',
    stars: 13878,
    source: EARLY_CATALOGUE,
  }),
  img({
    repo: 'node',
    tags: ['22', '22.16', '22.16.0', 'lts'],
    size: 1120000000,
    created: '2025-05-22T00:00:00Z',
    layers: 8,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['node'],
    env: [PATH_ENV, 'NODE_VERSION=22.16.0', 'YARN_VERSION=1.22.22'],
    exposed: [],
    workdir: '',
    family: 'debian',
    behavior: {
      kind: 'repl',
      banner: 'Welcome to Node.js v22.16.0.\nType ".help" for more information.',
    },
    logs: [],
    description:
      'Node.js is a JavaScript-based platform for server-side and networking applications.',
    stars: 13878,
    source: EARLY_CATALOGUE,
  }),
  img({
    repo: 'node',
    tags: ['22-alpine', 'lts-alpine'],
    size: 160000000,
    created: '2025-05-22T00:00:00Z',
    layers: 4,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['node'],
    env: [PATH_ENV, 'NODE_VERSION=22.16.0', 'YARN_VERSION=1.22.22'],
    exposed: [],
    workdir: '',
    family: 'alpine',
    behavior: {
      kind: 'repl',
      banner: 'Welcome to Node.js v22.16.0.\nType ".help" for more information.',
    },
    logs: [],
    description:
      'Node.js is a JavaScript-based platform for server-side and networking applications.',
    stars: 13878,
    source: EARLY_CATALOGUE,
  }),
  img({
    repo: 'python',
    tags: ['latest', '3', '3.13', '3.13.3', 'bookworm'],
    size: 1020000000,
    created: '2025-05-20T00:00:00Z',
    layers: 7,
    entrypoint: null,
    cmd: ['python3'],
    env: [
      PATH_ENV.replace('PATH=', 'PATH=/usr/local/bin:'),
      'LANG=C.UTF-8',
      'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305',
      'PYTHON_VERSION=3.13.3',
      'PYTHON_SHA256=40f868bcbdeb8149a3149580bb9bfd407b3321cd48f0be631af955ac92c0e041',
    ],
    exposed: [],
    workdir: '',
    family: 'debian',
    behavior: {
      kind: 'repl',
      banner:
        'Python 3.13.3 (main, May 20 2025, 00:00:00) [GCC 12.2.0] on linux\nType "help", "copyright", "credits" or "license" for more information.',
    },
    logs: [],
    description:
      'Python is an interpreted, interactive, object-oriented, open-source programming language.',
    stars: 10086,
    source: EARLY_CATALOGUE,
  }),
  img({
    repo: 'python',
    tags: ['3.13-slim', 'slim'],
    size: 124000000,
    created: '2025-05-20T00:00:00Z',
    layers: 4,
    entrypoint: null,
    cmd: ['python3'],
    env: [
      PATH_ENV.replace('PATH=', 'PATH=/usr/local/bin:'),
      'LANG=C.UTF-8',
      'PYTHON_VERSION=3.13.3',
    ],
    exposed: [],
    workdir: '',
    family: 'debian',
    behavior: {
      kind: 'repl',
      banner:
        'Python 3.13.3 (main, May 20 2025, 00:00:00) [GCC 12.2.0] on linux\nType "help", "copyright", "credits" or "license" for more information.',
    },
    logs: [],
    description:
      'Python is an interpreted, interactive, object-oriented, open-source programming language.',
    stars: 10086,
    source: EARLY_CATALOGUE,
  }),
  /* ---- Added for the chapters and examples (Docker 29, late 2026), read from repo-info. */
  img({
    repo: 'nginx',
    tags: ['1.30-alpine', '1.30.4-alpine', 'stable-alpine', '1.30-alpine3.24', '1.30.4-alpine3.24'],
    size: 28532058,
    created: '2026-09-02T21:07:28Z',
    layers: 8,
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: [
      PATH_ENV,
      'NGINX_VERSION=1.30.4',
      'PKG_RELEASE=1',
      'DYNPKG_RELEASE=1',
      'NJS_VERSION=1.0.1',
      'NJS_RELEASE=1',
      'ACME_VERSION=0.4.1',
    ],
    exposed: ['80/tcp'],
    workdir: '',
    family: 'alpine',
    stopSignal: 'SIGQUIT',
    behavior: {kind: 'server'},
    logs: NGINX_LOGS,
    files: {'/usr/share/nginx/html/index.html': NGINX_INDEX_HTML},
    description: 'Official build of Nginx.',
    stars: 20873,
    source:
      'docker-library/repo-info@0844135897966e4cd8e30f21462f88c51bea8b87 repos/nginx/remote/1.30-alpine.md',
  }),
  img({
    repo: 'node',
    tags: ['24-alpine', '24.19-alpine', '24.19.0-alpine', 'lts-alpine', 'krypton-alpine'],
    size: 58204379,
    created: '2026-08-03T20:26:09Z',
    layers: 4,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['node'],
    env: [PATH_ENV, 'NODE_VERSION=24.19.0', 'YARN_VERSION=1.22.22'],
    exposed: [],
    workdir: '',
    family: 'alpine',
    behavior: {
      kind: 'repl',
      banner: 'Welcome to Node.js v24.19.0.\nType ".help" for more information.',
    },
    logs: [],
    description:
      'Node.js is a JavaScript-based platform for server-side and networking applications.',
    stars: 13878,
    source:
      'docker-library/repo-info@2534b852156946f241e96816c7024ef2bb5543fd repos/node/remote/24-alpine.md',
  }),
  img({
    repo: 'python',
    tags: ['3-alpine', '3.14-alpine', '3.14.7-alpine', 'alpine'],
    size: 17774999,
    created: '2026-09-17T21:50:24Z',
    layers: 4,
    entrypoint: null,
    cmd: ['python3'],
    env: [
      PATH_ENV.replace('PATH=', 'PATH=/usr/local/bin:'),
      'PYTHON_VERSION=3.14.7',
      'PYTHON_SHA256=3b48dac8fb59f62eaa67ac83c1eb12bda1b7a08406dd286e252c11a66be27f81',
    ],
    exposed: [],
    workdir: '',
    family: 'alpine',
    behavior: {
      kind: 'repl',
      banner:
        'Python 3.14.7 (main, Sep 17 2026, 21:50:24) [GCC] on linux\nType "help", "copyright", "credits" or "license" for more information.',
    },
    logs: [],
    description:
      'Python is an interpreted, interactive, object-oriented, open-source programming language.',
    stars: 10086,
    source:
      'docker-library/repo-info@27b273677675a1ecbe5671d65986aa5dfe618a4f repos/python/remote/3-alpine.md',
  }),
  img({
    repo: 'postgres',
    tags: ['18', '18.6', '18-trixie', '18.6-trixie', 'trixie'],
    size: 162473560,
    created: '2026-09-19T00:36:15Z',
    layers: 13,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['postgres'],
    env: [
      `${PATH_ENV}:/usr/lib/postgresql/18/bin`,
      'GOSU_VERSION=1.19',
      'LANG=en_US.utf8',
      'PG_MAJOR=18',
      'PG_VERSION=18.6-1.pgdg13+2',
      'PGDATA=/var/lib/postgresql/18/docker',
    ],
    exposed: ['5432/tcp'],
    workdir: '',
    family: 'debian',
    volumes: ['/var/lib/postgresql'],
    stopSignal: 'SIGINT',
    behavior: {
      kind: 'server',
      requiredEnv: POSTGRES_REQUIRED_ENV,
      missingEnvLog: POSTGRES_MISSING_ENV,
    },
    logs: [...POSTGRES_INIT_LOGS, ...POSTGRES_LOGS],
    description:
      'The PostgreSQL object-relational database system provides reliability and data integrity.',
    stars: 14201,
    source:
      'docker-library/repo-info@0b63eeca29bdd695a0db3d3249137b9929da650d repos/postgres/remote/18.md',
  }),
  img({
    repo: 'postgres',
    tags: ['17-alpine', '17.11-alpine', '17-alpine3.24', '17.11-alpine3.24'],
    size: 117190808,
    created: '2026-09-17T21:31:32Z',
    layers: 10,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['postgres'],
    env: [
      PATH_ENV,
      'GOSU_VERSION=1.19',
      'LANG=en_US.utf8',
      'PG_MAJOR=17',
      'PG_VERSION=17.11',
      'PG_SHA256=dd27f2b3c59e73ed14aa3324901242bf69a032a6347805f274e6260322d42979',
      'PGDATA=/var/lib/postgresql/data',
    ],
    exposed: ['5432/tcp'],
    workdir: '',
    family: 'alpine',
    volumes: ['/var/lib/postgresql/data'],
    stopSignal: 'SIGINT',
    behavior: {
      kind: 'server',
      requiredEnv: POSTGRES_REQUIRED_ENV,
      missingEnvLog: POSTGRES_MISSING_ENV,
    },
    logs: [...POSTGRES_INIT_LOGS, ...POSTGRES_LOGS],
    description:
      'The PostgreSQL object-relational database system provides reliability and data integrity.',
    stars: 14201,
    source:
      'docker-library/repo-info@14ad5cc17dd0e9a01079feefc7a59c24536f5291 repos/postgres/remote/17-alpine.md',
  }),
  img({
    repo: 'redis',
    tags: ['8-alpine', '8.10-alpine', '8.10.2-alpine', '8-alpine3.23'],
    size: 39102983,
    created: '2026-09-21T17:37:00Z',
    layers: 7,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    env: [PATH_ENV, 'REDIS_VERSION=8.10.2'],
    exposed: ['6379/tcp'],
    workdir: '/data',
    family: 'alpine',
    volumes: ['/data'],
    behavior: {kind: 'server'},
    logs: REDIS_LOGS,
    description:
      'Redis is the world’s fastest data platform for caching, vector search, and NoSQL databases.',
    stars: 13215,
    source:
      'docker-library/repo-info@0bdd94409df031423d112c6f22cab289fa8fc401 repos/redis/remote/8-alpine.md',
  }),
  img({
    repo: 'adminer',
    tags: ['5', '5.5', '5.5.1', 'latest'],
    size: 43709786,
    created: '2026-09-24T19:29:18Z',
    layers: 17,
    entrypoint: ['entrypoint.sh', 'docker-php-entrypoint'],
    cmd: ['php', '-S', '[::]:8080', '-t', '/var/www/html'],
    env: [
      PATH_ENV,
      'PHP_INI_DIR=/usr/local/etc/php',
      'PHP_VERSION=8.4.26',
      'ADMINER_VERSION=5.5.1',
    ],
    exposed: ['8080/tcp'],
    workdir: '/var/www/html',
    family: 'alpine',
    user: 'adminer',
    stopSignal: 'SIGINT',
    behavior: {kind: 'server'},
    logs: [],
    description: 'Database management in a single PHP file.',
    stars: 1000,
    source:
      'docker-library/repo-info@17175dec7520749cf0d5705aaf2cd86f5a2dabd9 repos/adminer/remote/5.md',
  }),
  img({
    repo: 'mysql',
    tags: ['5.7', '5.7.41'],
    size: 129279340,
    created: '2023-01-17T21:08:43Z',
    layers: 11,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['mysqld'],
    env: [
      PATH_ENV,
      'GOSU_VERSION=1.14',
      'MYSQL_MAJOR=5.7',
      'MYSQL_VERSION=5.7.41-1.el7',
      'MYSQL_SHELL_VERSION=8.0.32-1.el7',
    ],
    exposed: ['3306/tcp', '33060/tcp'],
    workdir: '',
    family: 'oracle',
    volumes: ['/var/lib/mysql'],
    behavior: {kind: 'server', requiredEnv: MYSQL_REQUIRED_ENV},
    logs: [],
    description:
      'MySQL is a widely used, open-source relational database management system (RDBMS).',
    stars: 15907,
    source:
      'docker-library/repo-info@72e4be79b9c831d8da7d63a6ce871b20fc9e06c1 repos/mysql/remote/5.7.md (amd64 only)',
  }),
  img({
    repo: 'golang',
    tags: ['1.27'],
    size: 316194729,
    created: '2026-09-01T23:25:12Z',
    layers: 7,
    entrypoint: null,
    cmd: ['bash'],
    env: [
      'PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'GOLANG_VERSION=1.27.1',
      'GOTOOLCHAIN=local',
      'GOPATH=/go',
    ],
    exposed: [],
    workdir: '/go',
    family: 'debian',
    behavior: {kind: 'shell'},
    logs: [],
    description: 'Go (golang) is a general purpose, higher-level, imperative programming language.',
    stars: 5000,
    source:
      'docker-library/repo-info@274d39a50141ecda8745a0ebaa20760259111041 repos/golang/remote/1.27.md',
  }),
  img({
    repo: 'golang',
    tags: ['1.27-alpine'],
    size: 75169503,
    created: '2026-09-01T23:25:09Z',
    layers: 5,
    entrypoint: null,
    cmd: ['/bin/sh'],
    env: [
      'PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'GOLANG_VERSION=1.27.1',
      'GOTOOLCHAIN=local',
      'GOPATH=/go',
    ],
    exposed: [],
    workdir: '/go',
    family: 'alpine',
    behavior: {kind: 'shell'},
    logs: [],
    description: 'Go (golang) is a general purpose, higher-level, imperative programming language.',
    stars: 5000,
    source:
      'docker-library/repo-info@274d39a50141ecda8745a0ebaa20760259111041 repos/golang/remote/1.27-alpine.md',
  }),
  img({
    repo: 'maven',
    tags: ['3.9-eclipse-temurin-25'],
    size: 173810923,
    created: '2026-08-21T20:38:08Z',
    layers: 9,
    entrypoint: ['/usr/local/bin/mvn-entrypoint.sh'],
    cmd: ['mvn'],
    env: [
      'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'JAVA_HOME=/opt/java/openjdk',
      'LANG=en_US.UTF-8',
      'LANGUAGE=en_US:en',
      'LC_ALL=en_US.UTF-8',
      'JAVA_VERSION=jdk-25.0.4+7',
      'MAVEN_HOME=/usr/share/maven',
      'MAVEN_CONFIG=/root/.m2',
    ],
    exposed: [],
    workdir: '',
    family: 'ubuntu',
    behavior: {kind: 'shell'},
    logs: [],
    description: 'Apache Maven is a software project management and comprehension tool.',
    stars: 1600,
    source:
      'docker-library/repo-info@0f6233cdc6cd10c71b8eaf63547850cbcff45ae8 repos/maven/remote/3.9-eclipse-temurin-25.md',
  }),
  img({
    repo: 'eclipse-temurin',
    tags: ['25-jre-alpine'],
    size: 75490424,
    created: '2026-09-25T22:38:52Z',
    layers: 5,
    entrypoint: ['/__cacert_entrypoint.sh'],
    cmd: null,
    env: [
      'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'JAVA_HOME=/opt/java/openjdk',
      'LANG=en_US.UTF-8',
      'LANGUAGE=en_US:en',
      'LC_ALL=en_US.UTF-8',
      'JAVA_VERSION=jdk-25.0.4.1+1',
    ],
    exposed: [],
    workdir: '',
    family: 'alpine',
    behavior: {kind: 'shell'},
    logs: [],
    description: 'Official Images for OpenJDK binaries built by Eclipse Temurin.',
    stars: 700,
    source:
      'docker-library/repo-info@34e3234d30fbc5dde31ae9a288de69b15463c863 repos/eclipse-temurin/remote/25-jre-alpine.md',
  }),
  img({
    repo: 'gcr.io/distroless/static-debian13',
    tags: ['nonroot', 'latest'],
    // The README gives only "around 2 MiB" for the static image.
    size: 2097152,
    created: '2026-08-21T00:00:00Z',
    layers: 1,
    entrypoint: null,
    cmd: null,
    env: [PATH_ENV, 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'],
    exposed: [],
    workdir: '/home/nonroot',
    family: 'scratch',
    user: '65532',
    behavior: {kind: 'shell'},
    logs: [],
    description: 'Distroless static image (no shell, no package manager).',
    stars: 0,
    source:
      'GoogleContainerTools/distroless@cd080764af3103b2f49fb5eb23297c72c945e77a static/static.bzl, README.md',
  }),
  img({
    repo: 'registry',
    tags: ['3', '3.1', '3.1.1', 'latest'],
    size: 20121269,
    created: '2026-06-22T19:52:54Z',
    layers: 5,
    entrypoint: ['/entrypoint.sh'],
    cmd: ['/etc/distribution/config.yml'],
    env: [PATH_ENV, 'OTEL_TRACES_EXPORTER=none'],
    exposed: ['5000/tcp'],
    workdir: '',
    family: 'alpine',
    volumes: ['/var/lib/registry'],
    behavior: {kind: 'server'},
    // Its start-up log names random instance ids and the Go version: left out (README).
    logs: [],
    // distribution/distribution-library-image@a829ed8cbcd822f50c3c4dfb1c3a5b4fcf8108f1.
    files: {
      '/entrypoint.sh':
        '#!/bin/sh\n\nset -e\n\ncase "$1" in\n    *.yaml|*.yml) set -- registry serve "$@" ;;\n    serve|garbage-collect|help|-*) set -- registry "$@" ;;\nesac\n\nexec "$@"\n',
      '/etc/distribution/config.yml':
        'version: 0.1\nlog:\n  level: debug\n  fields:\n    service: registry\n    environment: development\nstorage:\n    delete:\n      enabled: true\n    cache:\n        blobdescriptor: inmemory\n    filesystem:\n        rootdirectory: /var/lib/registry\n    tag:\n      concurrencylimit: 5\nhttp:\n    addr: :5000\n    debug:\n        addr: :5001\n        prometheus:\n            enabled: true\n            path: /metrics\nhealth:\n  storagedriver:\n    enabled: true\n    interval: 10s\n    threshold: 3\n',
      '/bin/registry': '\u007fELF',
    },
    description:
      'Distribution implementation for storing and distributing of container images and artifacts',
    stars: 0,
    source:
      'docker-library/repo-info@38feaf4cf9478541ad98f122effdab781aedfaa3 repos/registry/remote/3.md; docker-library/docs@9a94ae1827fcde48dfc1d83e5d7a14ce20b0c7a5 registry/README-short.txt',
  }),
];

export function findCatalogImage(repo: string, tag: string): CatalogImage | undefined {
  return CATALOG.find((c) => c.repo === repo && c.tags.includes(tag));
}

/** Image id (sha256 hex) for a catalogue entry: stable, independent of the engine seed. */
export function catalogImageId(c: CatalogImage): string {
  return stableHex(`image:${c.repo}:${c.tags[0]}`);
}

/** The index digest: the Hub's (hub-indexes.ts) where the playground has it, else made up. */
export function catalogDigest(c: CatalogImage): string {
  const hub = c.tags.map((t) => HUB_INDEXES[`docker.io/library/${c.repo}:${t}`]).find(Boolean);
  return hub?.digest ?? `sha256:${stableHex(`digest:${c.repo}:${c.tags[0]}`)}`;
}

export function catalogLayerIds(c: CatalogImage): string[] {
  return Array.from({length: c.layers}, (_, i) => stableHex(`layer:${c.repo}:${c.tags[0]}:${i}`));
}
