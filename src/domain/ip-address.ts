/**
 * IP addresses and CIDR ranges as bytes, so every spelling of an address is
 * the same address ("::ffff:10.0.0.1" is 10.0.0.1, "2001:DB8::1" is
 * "2001:db8:0:0:0:0:0:1"). Pure parsing, no DNS and no node:net.
 */

export interface IpAddress {
  version: 4 | 6;
  /** 4 bytes for IPv4, 16 for IPv6. IPv4-mapped IPv6 addresses are stored as IPv4. */
  bytes: readonly number[];
}

export interface IpRange {
  address: IpAddress;
  /** Leading bits that must match: 0–32 for IPv4, 0–128 for IPv6. */
  prefix: number;
}

const IPV4_MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/** An address in any usual spelling (brackets and an IPv6 zone are accepted), or null. */
export function parseIpAddress(text: string): IpAddress | null {
  const plain = text.trim().replace(/^\[(.*)\]$/, "$1");
  const v4 = parseV4(plain);
  if (v4) return { version: 4, bytes: v4 };
  const v6 = parseV6(plain.replace(/%[\w.-]+$/, ""));
  if (!v6) return null;
  const mapped = IPV4_MAPPED_PREFIX.every((byte, i) => v6[i] === byte);
  return mapped ? { version: 4, bytes: v6.slice(12) } : { version: 6, bytes: v6 };
}

/** "10.0.0.0/8", "2001:db8::/32", "::ffff:10.0.0.0/104" or a bare address (one host), or null. */
export function parseIpRange(text: string): IpRange | null {
  const trimmed = text.trim();
  const slash = trimmed.lastIndexOf("/");
  const addressText = slash === -1 ? trimmed : trimmed.slice(0, slash);
  const prefixText = slash === -1 ? null : trimmed.slice(slash + 1);
  if (prefixText !== null && !/^\d{1,3}$/.test(prefixText)) return null;
  const address = parseIpAddress(addressText);
  if (!address) return null;
  // An IPv4-mapped range is written over 128 bits; its IPv4 part is the last 32.
  const writtenAsV6 = address.version === 4 && parseV4(addressText.trim().replace(/^\[(.*)\]$/, "$1")) === null;
  const writtenBits = writtenAsV6 ? 128 : address.bytes.length * 8;
  const prefix = prefixText === null ? writtenBits : Number(prefixText);
  if (prefix > writtenBits) return null;
  if (!writtenAsV6) return { address, prefix };
  return prefix >= 96
    ? { address, prefix: prefix - 96 }
    : { address: { version: 6, bytes: [...IPV4_MAPPED_PREFIX, ...address.bytes] }, prefix };
}

export function rangeContains(range: IpRange, ip: IpAddress): boolean {
  let bytes = ip.bytes;
  if (range.address.version !== ip.version) {
    // An IPv6 range can still hold IPv4 addresses through their mapped form (::ffff:0:0/96).
    if (range.address.version === 4) return false;
    bytes = [...IPV4_MAPPED_PREFIX, ...ip.bytes];
  }
  let bits = range.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((bytes[i]! & mask) !== (range.address.bytes[i]! & mask)) return false;
  }
  return true;
}

/** Dotted quad for IPv4; eight lower-case hex groups for IPv6 (one spelling per address). */
export function formatIpAddress(ip: IpAddress): string {
  if (ip.version === 4) return ip.bytes.join(".");
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((ip.bytes[i]! << 8) | ip.bytes[i + 1]!).toString(16));
  return groups.join(":");
}

/**
 * The part of an address that identifies one client for rate limits: the
 * whole IPv4 address, but only the /64 of an IPv6 one, because a single
 * subscriber is usually handed a whole /64 and could rotate inside it.
 */
export function clientNetwork(ip: IpAddress): string {
  if (ip.version === 4) return formatIpAddress(ip);
  return `${formatIpAddress({ version: 6, bytes: [...ip.bytes.slice(0, 8), 0, 0, 0, 0, 0, 0, 0, 0] })}/64`;
}

function parseV4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    // Leading zeros are refused: some parsers read them as octal.
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes.push(value);
  }
  return bytes;
}

function parseV6(text: string): number[] | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return null;
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (half: string): number[] | null => {
    if (half === "") return [];
    const parts = half.split(":");
    const words: number[] = [];
    for (const [i, part] of parts.entries()) {
      if (part.includes(".")) {
        // A dotted IPv4 tail is the last two words.
        const v4 = i === parts.length - 1 ? parseV4(part) : null;
        if (!v4) return null;
        words.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) {
        words.push(parseInt(part, 16));
      } else {
        return null;
      }
    }
    return words;
  };
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 2 && halves[0]!.includes(".")) return null;
  const explicit = head.length + tail.length;
  if (halves.length === 1 ? explicit !== 8 : explicit > 7) return null;
  const words = [...head, ...Array<number>(8 - explicit).fill(0), ...tail];
  return words.flatMap((word) => [word >> 8, word & 0xff]);
}
