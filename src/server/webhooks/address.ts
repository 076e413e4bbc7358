/**
 * Which addresses a webhook may never reach: everything that is not a
 * public unicast address. IPv6 is parsed to its 16 bytes, so every spelling
 * of an address is judged the same ("::ffff:7f00:1" is 127.0.0.1), and the
 * IPv4 inside IPv4-mapped, IPv4-compatible, NAT64 and 6to4 addresses is
 * judged as IPv4.
 */
import { isIP } from "node:net";

export function isPrivateAddress(address: string): boolean {
  const plain = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const kind = isIP(plain);
  if (kind === 4) return privateV4(plain.split(".").map(Number));
  if (kind === 6) return privateV6(v6Bytes(plain));
  // Not an address at all: never a safe target.
  return true;
}

function privateV4([a, b, c]: number[]): boolean {
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b! >= 64 && b! <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) || // IETF protocol assignments, documentation
    (a === 192 && b === 88 && c === 99) || // 6to4 relay anycast
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113) ||
    a! >= 224 // multicast, reserved, broadcast
  );
}

function privateV6(bytes: number[]): boolean {
  const zero = (from: number, to: number) => bytes.slice(from, to).every((x) => x === 0);
  const v4 = (at: number) => privateV4(bytes.slice(at, at + 4));
  if (zero(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return v4(12); // ::ffff:a.b.c.d
  if (zero(0, 12)) return zero(12, 15) ? true : v4(12); // ::, ::1, and the old ::a.b.c.d
  const word = (i: number) => (bytes[2 * i]! << 8) | bytes[2 * i + 1]!;
  if (word(0) === 0x64 && word(1) === 0xff9b) return word(2) === 1 || v4(12); // NAT64 (64:ff9b::/96; 64:ff9b:1::/48 is local)
  if (word(0) === 0x2002) return v4(2); // 6to4
  if (word(0) === 0x2001 && word(1) === 0) return true; // Teredo: the real target is hidden
  if (word(0) === 0x2001 && word(1) === 0x0db8) return true; // documentation
  if (word(0) === 0x0100 && zero(2, 8)) return true; // discard-only
  const top = bytes[0]!;
  return (top & 0xfe) === 0xfc || (top === 0xfe && (bytes[1]! & 0xc0) === 0x80) || (top === 0xfe && (bytes[1]! & 0xc0) === 0xc0) || top === 0xff; // unique-local, link-local, site-local, multicast
}

/** The 16 bytes of an IPv6 address in any of its spellings (isIP has checked it). */
function v6Bytes(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, null];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === null ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return groups.flatMap((g) => {
    const n = parseInt(g || "0", 16);
    return [n >> 8, n & 0xff];
  });
}
