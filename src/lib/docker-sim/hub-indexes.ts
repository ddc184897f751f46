/**
 * Image indexes of Docker Hub tags as the registry serves them, for `docker buildx imagetools
 * inspect`: the index digest and, in index order, each platform's manifest followed by its
 * attestation manifest (`unknown/unknown`). Digests and platforms are copied from
 * docker-library/repo-info, never made up; a tag that is not listed here is answered from the
 * session's own registry only.
 */

export interface HubIndex {
  /** `repository@commit path` of the digests */
  readonly source: string;
  readonly digest: string;
  /** [platform, manifest digest, attestation manifest digest] in index order */
  readonly manifests: readonly (readonly [string, string, string])[];
}

export const HUB_INDEXES: Readonly<Record<string, HubIndex>> = {
  // alpine:latest is 3.24.2 here (ADD alpine-minirootfs-3.24.2-*.tar.gz); the catalogue's
  // alpine:latest entry cites this page and takes this digest (catalog.ts catalogDigest).
  'docker.io/library/alpine:latest': {
    source:
      'docker-library/repo-info@1746b58749182f00f5d2c26a53fff697cfce2c81 repos/alpine/remote/latest.md',
    digest: 'sha256:5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60',
    manifests: [
      [
        'linux/amd64',
        'sha256:d56c381f961d307a21b3ca004cf1e3910f106644aefb1f43e654c8a56c4fd395',
        'sha256:350f747a86e8774d359a4f452dec12a2585e73bf072e71c5f628455843b88c71',
      ],
      [
        'linux/arm/v6',
        'sha256:d3c3fda3e4d3f0fcfc86cf469c6dfbe65017143dde23feb4b11df37c373cdc76',
        'sha256:e1ca081cf7a9d7260dca29eedf497144adacc81cbdf0afd3f7402f7df5c5c12e',
      ],
      [
        'linux/arm/v7',
        'sha256:0a13654ecd9b19a728f0bee49d7245ffcd9b9f31ed8d69fe8753e39a8432bda2',
        'sha256:01d8e8fcca000e1455ca02632ace4f5c70c87f74fe28558328f9bd463a3bd2ac',
      ],
      [
        'linux/arm64/v8',
        'sha256:260479a1cfaf304c4c20da7f8405d3ce313513dcd534bb743257bdd2fe0f3e2d',
        'sha256:ecc9a3031ac9bafed188097b6e65f328f5bf95f032d5e30030532cb259c6e006',
      ],
      [
        'linux/386',
        'sha256:c54a80678a9e7a744b39d478329d5eb8e568c2e0321defd14cab57047557e202',
        'sha256:5a8286dbe5f664111c93bc90b0105176872eede2a3af9512aeb4cc1c390af9d0',
      ],
      [
        'linux/ppc64le',
        'sha256:f34b729ba6dc5bcd147ff99af45f81c1bc68ab619067c39cafd19327dd04b7db',
        'sha256:f627e01635bd94bbe4f6d438dd53476a3163e53730a83d1f0ea23ebd426a9acd',
      ],
      [
        'linux/riscv64',
        'sha256:20a26477b54fb521bc8f633ea0af1f8f9b3dac5661739f857b381b117226919b',
        'sha256:83b3fe59c5ee68a257a6e179c792b9bd5b0aceb02ceb2813f14eef469a020c00',
      ],
      [
        'linux/s390x',
        'sha256:ce2789264b55ef57693ad3aebc95d4ee9e46288f769f43ab5f37554853502289',
        'sha256:d72add410491397eebc3bc51264ba20500f329d198cdc729a16c693eb6643b68',
      ],
    ],
  },
};
