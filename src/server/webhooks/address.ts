/**
 * Which addresses a webhook may never reach: everything that is not a
 * public unicast address. The classification of special-purpose ranges is
 * ipaddr.js's (maintained against the IANA registries); every IPv6 spelling
 * is parsed to the same address, and the IPv4 inside IPv4-mapped,
 * IPv4-compatible, NAT64 (RFC 6052) and 6to4 addresses is judged as IPv4.
 */
import ipaddr from "ipaddr.js";

export function isPrivateAddress(address: string): boolean {
  const plain = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(plain)) return true; // not an address at all: never a safe target
  const parsed = ipaddr.parse(plain);
  if (parsed.kind() === "ipv4") return parsed.range() !== "unicast";
  const v6 = parsed as ipaddr.IPv6;
  const embedded = embeddedV4(v6);
  if (embedded !== undefined) return embedded === null || embedded.range() !== "unicast";
  return v6.range() !== "unicast";
}

/** The IPv4 address an IPv6 one carries (undefined: none; null: one that is local by definition). */
function embeddedV4(address: ipaddr.IPv6): ipaddr.IPv4 | null | undefined {
  const words = address.parts;
  const v4 = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  switch (address.range()) {
    case "ipv4Mapped":
      return address.toIPv4Address();
    case "rfc6052":
      // 64:ff9b::/96 translates to the public IPv4 in its last 32 bits; 64:ff9b:1::/48 is local-use.
      return words[2] === 1 ? null : v4(words[6]!, words[7]!);
    case "6to4":
      return v4(words[1]!, words[2]!);
    case "teredo":
      return null; // the real target is hidden behind a relay
    default:
      // The deprecated IPv4-compatible form ::a.b.c.d (ipaddr.js calls it unicast).
      return words.slice(0, 6).every((w) => w === 0) && (words[6] !== 0 || words[7]! > 1) ? v4(words[6]!, words[7]!) : undefined;
  }
}
