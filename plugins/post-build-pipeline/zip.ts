// A minimal zip writer whose output depends on nothing but its input: entries in sorted order,
// one fixed timestamp, fixed Unix permissions, no extra fields. The same files give the same
// bytes on every build, so the service worker's revision (an MD5 of the bytes) stays put and
// readers do not download an unchanged archive again. The format is PKWARE's APPNOTE.TXT
// (local headers, central directory, end record); no zip64, as the examples are kilobytes.
import zlib from 'node:zlib';

export interface ZipEntry {
  /** `/`-separated path inside the archive; a path ending in `/` is a folder. */
  readonly path: string;
  /** The file's bytes; absent for a folder. */
  readonly content?: Uint8Array;
}

/** 1980-01-01 00:00:00, the earliest time DOS dates can hold: date 0x0021, time 0. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Bit 11: names are UTF-8. */
const FLAG_UTF8 = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** 2.0: the version that introduced deflate and folders. */
const VERSION_NEEDED = 20;
/** High byte 3: made on Unix, so unzip applies the permissions in the external attributes. */
const VERSION_MADE_BY = (3 << 8) | VERSION_NEEDED;
const FILE_MODE = 0o100644;
const FOLDER_MODE = 0o040755;
/** MS-DOS directory attribute, for tools that ignore the Unix mode. */
const DOS_DIRECTORY = 0x10;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as zip uses it). zlib.crc32 would do, but only from Node 20.15. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkPath(entry: ZipEntry): void {
  const {path} = entry;
  const isFolder = path.endsWith('/');
  const segments = (isFolder ? path.slice(0, -1) : path).split('/');
  if (
    path.startsWith('/') ||
    path.includes('\\') ||
    segments.some((s) => s === '' || s === '.' || s === '..')
  ) {
    throw new Error(`zip: unsafe or empty path ${JSON.stringify(path)}`);
  }
  if (isFolder && entry.content) throw new Error(`zip: folder ${path} has content`);
  if (!isFolder && !entry.content) throw new Error(`zip: file ${path} has no content`);
}

interface Prepared {
  readonly name: Buffer;
  readonly isFolder: boolean;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
}

function prepare(entry: ZipEntry): Prepared {
  const name = Buffer.from(entry.path, 'utf8');
  const content = entry.content ?? new Uint8Array(0);
  if (name.length > MAX_16 || content.byteLength > MAX_32) {
    throw new Error(`zip: ${entry.path} is too large for a zip without zip64`);
  }
  // Deflate at a fixed level; keep the bytes as they are when that does not make them smaller.
  const deflated = content.byteLength > 0 ? zlib.deflateRawSync(content, {level: 9}) : null;
  const useDeflate = deflated !== null && deflated.byteLength < content.byteLength;
  return {
    name,
    isFolder: entry.path.endsWith('/'),
    method: useDeflate ? DEFLATED : STORED,
    crc: crc32(content),
    size: content.byteLength,
    data: useDeflate ? deflated : content,
  };
}

function localHeader(entry: Prepared): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION_NEEDED, 4);
  header.writeUInt16LE(FLAG_UTF8, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.data.byteLength, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  return header;
}

function centralHeader(entry: Prepared, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(VERSION_MADE_BY, 4);
  header.writeUInt16LE(VERSION_NEEDED, 6);
  header.writeUInt16LE(FLAG_UTF8, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.data.byteLength, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // Extra field, comment, disk number and internal attributes stay 0.
  const mode = entry.isFolder ? FOLDER_MODE : FILE_MODE;
  header.writeUInt32LE(((mode << 16) | (entry.isFolder ? DOS_DIRECTORY : 0)) >>> 0, 38);
  header.writeUInt32LE(offset, 42);
  return header;
}

function endRecord(count: number, directorySize: number, directoryOffset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(directorySize, 12);
  record.writeUInt32LE(directoryOffset, 16);
  return record;
}

/**
 * A zip of `entries`, sorted by path (UTF-16 code units, no locale) whatever order they come in.
 * Files are 0644 and folders 0755, all dated 1980-01-01 00:00.
 */
export function createZip(entries: readonly ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => compareCodeUnits(a.path, b.path));
  if (sorted.length > MAX_16) throw new Error('zip: more than 65535 entries needs zip64');
  sorted.forEach((entry, i) => {
    checkPath(entry);
    if (i > 0 && sorted[i - 1]!.path === entry.path) {
      throw new Error(`zip: ${entry.path} appears twice`);
    }
  });
  const parts: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of sorted.map(prepare)) {
    const header = localHeader(entry);
    central.push(Buffer.concat([centralHeader(entry, offset), entry.name]));
    parts.push(header, entry.name, entry.data);
    offset += header.length + entry.name.length + entry.data.byteLength;
  }
  const directory = Buffer.concat(central);
  if (offset + directory.length > MAX_32) throw new Error('zip: larger than 4 GiB needs zip64');
  return Buffer.concat([...parts, directory, endRecord(sorted.length, directory.length, offset)]);
}
