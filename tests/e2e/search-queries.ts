// The search quality set: shared by tests/e2e/search.e2e.ts (ranking) and scripts/bench.mts (latency).
// Plain data, no test imports, so the bench can load it outside Vitest.

/** Query → pages of which at least one must be among the top 5 results. */
export const QUERY_SET: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['네임스페이스', ['/docs/containers/namespaces']],
  ['namespace', ['/docs/containers/namespaces']],
  ['PID 네임스페이스', ['/docs/containers/namespaces']],
  ['cgroup', ['/docs/containers/cgroups']],
  ['컨트롤 그룹', ['/docs/containers/cgroups']],
  ['씨그룹', ['/docs/containers/cgroups']],
  ['cgroup 메모리 제한', ['/docs/containers/cgroups']],
  ['OOM', ['/docs/containers/cgroups']],
  ['하이퍼바이저', ['/docs/virtualization/hypervisors']],
  ['hypervisor', ['/docs/virtualization/hypervisors']],
  ['Dom0', ['/docs/virtualization/hypervisors']],
  ['chroot', ['/docs/virtualization/os-virtualization']],
  ['Popek Goldberg', ['/docs/virtualization/server-virtualization']],
  [
    'runc containerd',
    ['/docs/containers/runtimes-and-standards', '/docs/docker-basics/architecture'],
  ],
  ['포트 충돌', ['/docs/install/troubleshooting']],
  ['port is already allocated', ['/docs/install/troubleshooting']],
  [
    'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    ['/docs/install/troubleshooting'],
  ],
  [
    'permission denied while trying to connect to the Docker daemon socket',
    ['/docs/install/troubleshooting'],
  ],
  ['exec format error', ['/docs/install/troubleshooting', '/docs/building-images/multi-platform']],
  ['no matching manifest for linux/arm64/v8', ['/docs/install/troubleshooting']],
  ['compose 버전 경고', ['/docs/install/troubleshooting', '/docs/compose-cluster/compose-file']],
  [
    'the attribute version is obsolete',
    ['/docs/install/troubleshooting', '/docs/compose-cluster/compose-file'],
  ],
  ['WSL 설치 오류', ['/docs/install/windows', '/docs/install/troubleshooting']],
  ['docker-compose: command not found', ['/docs/install/troubleshooting']],
  ['no space left on device', ['/docs/install/troubleshooting']],
  // Pasted error lines of the troubleshooting entries added for issue 21 (A17, A18).
  [
    'failed to bind host port 0.0.0.0:8080/tcp: address already in use',
    ['/docs/install/troubleshooting'],
  ],
  [
    'failed to resolve reference "docker.io/library/nginx:1.99": docker.io/library/nginx:1.99: not found',
    ['/docs/install/troubleshooting'],
  ],
  ['failed to create NAT chain DOCKER', ['/docs/install/troubleshooting']],
  [
    "The command 'docker' could not be found in this WSL 2 distro.",
    ['/docs/install/troubleshooting'],
  ],
  ['WslRegisterDistribution failed with error: 0x80370102', ['/docs/install/troubleshooting']],
  [
    "System has not been booted with systemd as init system (PID 1). Can't operate.",
    ['/docs/install/troubleshooting', '/docs/install/windows'],
  ],
  ['docker_data.vhdx', ['/docs/install/troubleshooting']],
  ['WSL 가상 디스크가 줄어들지 않음', ['/docs/install/troubleshooting']],
  [
    "Docker.app is damaged and can't be opened. You should move it to the Trash.",
    ['/docs/install/troubleshooting', '/docs/install/mac'],
  ],
  ['zsh: command not found: docker', ['/docs/install/troubleshooting', '/docs/install/mac']],
  [
    'error getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH',
    ['/docs/install/troubleshooting'],
  ],
  ['E: Unable to locate package docker-ce', ['/docs/install/troubleshooting']],
  ["E: Package 'docker-ce' has no installation candidate", ['/docs/install/troubleshooting']],
  ['snap docker', ['/docs/install/troubleshooting', '/docs/install/linux']],
  ['Rosetta', ['/docs/install/mac']],
  ['ENTRYPOINT CMD', ['/docs/building-images/dockerfile-basics']],
  ['멀티 플랫폼 이미지', ['/docs/building-images/multi-platform']],
  ['buildx imagetools inspect', ['/docs/building-images/multi-platform']],
  ['교차 컴파일 TARGETARCH', ['/docs/building-images/multi-platform']],
  ['볼륨 바인드 마운트', ['/docs/docker-basics/data-storage']],
  ['docker save load', ['/docs/docker-basics/backup-and-move']],
  ['overlay2', ['/docs/docker-basics/images-and-layers']],
  ['Podman', ['/docs/compose-cluster/podman']],
  ['depends_on', ['/docs/compose-cluster/compose-file']],
  ['쿠버네티스', ['/docs/compose-cluster/orchestration']],
];
