/**
 * Network topics a beginner meets, each replayed against the playground engine by
 * networks.test.ts: the lines typed, what the last one prints, and where that text comes from.
 * Expected texts use the placeholders of src/lib/docker-sim/fixtures/outputs.ts
 * (<ID12>, <ID64>, <ANY> = rest of a line, <REST> = anything).
 */
export interface BeginnerTopic {
  readonly id: string;
  /** what a reader would ask (Korean, as in the course) */
  readonly question: string;
  /** typed in order in a fresh playground; the last line is the one checked */
  readonly lines: readonly string[];
  readonly expect: {readonly stdout?: string; readonly stderr?: string; readonly exitCode: number};
  readonly source: string;
}

const BUSYBOX = 'busybox 1.37 line (mirror/busybox 371fe9f71d44)';
const MOBY = 'moby/moby docker-v29.7.2';

export const NETWORK_TOPICS: readonly BeginnerTopic[] = [
  {
    id: 'default-bridge-no-names',
    question: '기본 bridge에서는 왜 컨테이너 이름으로 ping이 안 되나요?',
    lines: ['docker run -d --name db redis', 'docker run --rm busybox ping -c 1 db'],
    expect: {stdout: '', stderr: "<REST>ping: bad address 'db'\n", exitCode: 1},
    source: `${BUSYBOX} libbb/xconnect.c "bad address '%s'"; ${MOBY} libnetwork: the default bridge has no embedded DNS`,
  },
  {
    id: 'user-network-names',
    question: '직접 만든 네트워크에서는 이름으로 찾아지나요?',
    lines: [
      'docker network create app',
      'docker run -d --name db --network app redis',
      'docker run --rm --network app busybox ping -c 1 db',
    ],
    expect: {
      stdout:
        'PING db (172.18.0.2): 56 data bytes\n64 bytes from 172.18.0.2: seq=0 ttl=64 time=<ANY> ms\n\n--- db ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\nround-trip min/avg/max = <ANY> ms\n',
      exitCode: 0,
    },
    source: `${BUSYBOX} networking/ping.c; ${MOBY} daemon/libnetwork/resolver.go`,
  },
  {
    id: 'nslookup-embedded-dns',
    question: '누가 이름을 알려 주나요? (127.0.0.11)',
    lines: [
      'docker network create app',
      'docker run -d --name db --network app redis',
      'docker run --rm --network app busybox nslookup db',
    ],
    expect: {
      stdout:
        'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tdb\nAddress: 172.18.0.2\n\nNon-authoritative answer:\n\n',
      exitCode: 0,
    },
    source: `${BUSYBOX} networking/nslookup.c; ${MOBY} daemon/libnetwork/resolver.go createRespMsg`,
  },
  {
    id: 'resolv-conf-user-network',
    question: '컨테이너의 /etc/resolv.conf에는 무엇이 들어 있나요?',
    lines: [
      'docker network create app',
      'docker run --rm --network app alpine cat /etc/resolv.conf',
    ],
    expect: {
      stdout:
        "nameserver 127.0.0.11\n\n# Based on host file: '/etc/resolv.conf' (internal resolver)\n# ExtServers: [host(10.0.0.1)]\n# Overrides: []\n",
      exitCode: 0,
    },
    source: `${MOBY} daemon/libnetwork/internal/resolvconf/testdata/TestRCTransformForIntNS/IPv4_only.golden`,
  },
  {
    id: 'etc-hosts',
    question: '컨테이너의 /etc/hosts에는 누가 적혀 있나요?',
    lines: ['docker run --rm --hostname box busybox cat /etc/hosts'],
    expect: {
      stdout:
        '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\nff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n172.17.0.2\tbox\n',
      exitCode: 0,
    },
    source: `${MOBY} daemon/libnetwork/etchosts/etchosts.go, sandbox_dns_unix.go buildHostsFile`,
  },
  {
    id: 'wget-by-name',
    question: '같은 네트워크의 웹 서버에 이름으로 요청하려면?',
    lines: [
      'docker network create app',
      'docker run -d --name web --network app nginx',
      'docker run --rm --network app busybox wget -qO- http://web/',
    ],
    expect: {
      stdout: '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<REST>',
      exitCode: 0,
    },
    source: `${BUSYBOX} networking/wget.c; nginx image index.html`,
  },
  {
    id: 'connection-refused',
    question: '이름은 찾았는데 포트가 틀리면 어떻게 되나요?',
    lines: [
      'docker network create app',
      'docker run -d --name web --network app nginx',
      'docker run --rm --network app busybox wget -qO- http://web:8080/',
    ],
    expect: {
      stdout: '',
      stderr: "<REST>wget: can't connect to remote host (172.18.0.2): Connection refused\n",
      exitCode: 1,
    },
    source: `${BUSYBOX} libbb/xconnect.c xconnect "can't connect to remote host"`,
  },
  {
    id: 'getent-debian',
    question: 'ping이 없는 이미지(nginx)에서 이름을 확인하려면?',
    lines: [
      'docker network create app',
      'docker run -d --name db --network app redis',
      'docker run --rm --network app nginx getent hosts db',
    ],
    expect: {stdout: '172.18.0.2      db\n', exitCode: 0},
    source: 'glibc nss/getent.c print_hosts "%-15s %s"',
  },
  {
    id: 'network-connect',
    question: '이미 실행 중인 컨테이너를 네트워크에 붙이려면?',
    lines: [
      'docker network create app',
      'docker run -d --name web nginx',
      'docker network connect app web',
      'docker run --rm --network app nginx getent hosts web',
    ],
    expect: {stdout: '172.18.0.2      web\n', exitCode: 0},
    source: `${MOBY} daemon/libnetwork (endpoint join adds the name to the network's DNS)`,
  },
  {
    id: 'network-rm-in-use',
    question: '쓰고 있는 네트워크를 지우면?',
    lines: [
      'docker network create app',
      'docker run -d --name db --network app redis',
      'docker network rm app',
    ],
    expect: {
      stdout: '',
      stderr:
        'Error response from daemon: error while removing network: network app has active endpoints (name:"db" id:"<ID12>")\n',
      exitCode: 1,
    },
    source: `${MOBY} daemon/libnetwork/network.go delete: ActiveEndpointsError`,
  },
  {
    id: 'host-network-ports',
    question: '--network host에서 -p를 주면?',
    lines: ['docker run -d --network host -p 8080:80 nginx'],
    expect: {
      stdout: '<ID64>\n',
      stderr: '<REST>WARNING: Published ports are discarded when using host network mode\n',
      exitCode: 0,
    },
    source: `${MOBY} daemon/daemon_unix.go; docker/cli create.go "WARNING: %s"`,
  },
  {
    id: 'bind-127',
    question: '컨테이너 안 앱이 127.0.0.1에서만 들으면 게시한 포트로 닿나요?',
    lines: [
      'docker run -d -p 8000:8000 python:3.13 python -m http.server --bind 127.0.0.1 8000',
      'curl localhost:8000',
    ],
    expect: {
      stdout: '',
      stderr: 'curl: (56) Recv failure: Connection reset by peer\n',
      exitCode: 56,
    },
    source: `curl lib/cf-socket.c "Recv failure: %s"; ${MOBY} cmd/docker-proxy closes the client when the dial to the container fails`,
  },
  {
    id: 'host-docker-internal',
    question: 'Linux에서 host.docker.internal은?',
    lines: [
      'docker run --rm --add-host host.docker.internal:host-gateway busybox ping -c 1 host.docker.internal',
    ],
    expect: {stdout: 'PING host.docker.internal (172.17.0.1): 56 data bytes\n<REST>', exitCode: 0},
    source: `${MOBY} daemon/pkg/opts/hosts.go HostGatewayName; daemon/command/config.go --host-gateway-ip default`,
  },
  {
    id: 'publish-localhost-only',
    question: '127.0.0.1에만 게시하면 docker port는?',
    lines: ['docker run -d --name web -p 127.0.0.1:8080:80 nginx', 'docker port web'],
    expect: {stdout: '80/tcp -> 127.0.0.1:8080\n', exitCode: 0},
    source: 'docker/cli cli/command/container/port.go',
  },
];
