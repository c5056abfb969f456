/**
 * Reads the members of a zip archive (the ECB's eurofxref-hist.zip, the World Bank's API_….zip)
 * with Node's zlib: the central directory names each member, its size and where it starts;
 * members are stored (method 0) or deflated (method 8). No ZIP64, encryption or multi-disk
 * archives — neither publisher makes them. A dependency would add more than these sixty lines.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipMember {
  readonly name: string;
  /** The member's bytes, inflated when first read. */
  read(): Buffer;
}

/** Whether the bytes start like a zip archive ("PK\x03\x04", or "PK\x05\x06" for an empty one). */
export function looksLikeZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/** The archive's members in directory order; throws an Error with a one-line message when it is not a readable zip. */
export function readZip(bytes: Buffer): ZipMember[] {
  const end = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const members: ZipMember[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) throw new Error('not a readable zip: damaged central directory');
    const flags = bytes.readUInt16LE(offset + 8);
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const size = bytes.readUInt32LE(offset + 24);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const localOffset = bytes.readUInt32LE(offset + 42);
    const name = bytes.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    members.push({ name, read: () => readMember(bytes, { name, flags, method, compressedSize, size, localOffset }) });
  }
  return members;
}

interface Entry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

function readMember(bytes: Buffer, entry: Entry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) throw new Error(`not a readable zip: damaged entry ${entry.name}`);
  if ((entry.flags & 0x1) !== 0) throw new Error(`zip entry ${entry.name} is encrypted`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new Error(`not a readable zip: entry ${entry.name} is cut short`);
  let content: Buffer;
  if (entry.method === 0) content = data;
  else if (entry.method === 8) {
    try {
      content = inflateRawSync(data);
    } catch (error) {
      throw new Error(`zip entry ${entry.name} does not inflate: ${(error as Error).message}`);
    }
  } else throw new Error(`zip entry ${entry.name} uses compression method ${entry.method} (only stored and deflated are read)`);
  if (content.length !== entry.size) throw new Error(`not a readable zip: entry ${entry.name} has ${content.length} bytes, expected ${entry.size}`);
  return content;
}

/** The End of Central Directory record: the last "PK\x05\x06" within the final 64 KiB + 22 bytes. */
function findEndOfCentralDirectory(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (bytes.readUInt32LE(at) === 0x06054b50) return at;
  }
  throw new Error('not a readable zip: no end of central directory');
}
