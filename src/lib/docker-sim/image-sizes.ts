/**
 * Image sizes as Docker 29's containerd image store reports them (moby docker-v29.7.2
 * daemon/containerd/image_list.go): an image's Size, shown as DISK USAGE in the tree view and as
 * SIZE in the flat table, is its compressed content plus its unpacked snapshots; CONTENT SIZE is
 * the compressed content alone.
 *
 * The catalogue knows one size per image: docker-library/repo-info's compressed "Total Size" for
 * the entries read there, the 28.2-era SIZE (unpacked) for the first catalogue's entries. The
 * unpacked size of a compressed image is not published, so the playground takes it as
 * UNPACK_RATIO times the compressed size (README, known differences).
 */
export const UNPACK_RATIO = 2.5;

/** The part of an image's DISK USAGE that is compressed content. */
const CONTENT_SHARE = 1 / (1 + UNPACK_RATIO);

/** DISK USAGE of a catalogue image from the one size the catalogue gives. */
export function diskUsageFromCatalog(size: number, sizeIsUnpacked: boolean): number {
  return Math.round(sizeIsUnpacked ? size * (1 + 1 / UNPACK_RATIO) : size * (1 + UNPACK_RATIO));
}

/** CONTENT SIZE of an image whose DISK USAGE is `diskUsage`. */
export function contentSize(diskUsage: number): number {
  return Math.round(diskUsage * CONTENT_SHARE);
}

/**
 * The image index blob of an image pulled from a registry or built by BuildKit. `docker system df`
 * counts it in the Images SIZE (every blob in the content store) but not in RECLAIMABLE (the
 * images' own Size), so one unused image shows 99 %, as docker29-differences.md point 8 says.
 * Its real size depends on the number of platforms; the playground takes one value (README).
 */
export const INDEX_BLOB_SIZE = 9_000;
