/**
 * Who is on the other end of a request. X-Forwarded-For is written by
 * whoever sends the request, so it is believed only as far as it was
 * appended by proxies we trust: the chain is walked from the right (the
 * hop nearest us), trusted proxies are skipped, and the first address that
 * is not a trusted proxy is the client.
 */
import { parseIpAddress, parseIpRange, rangeContains, type IpAddress, type IpRange } from "./ip-address";

export interface ClientAddressInput {
  /** The TCP peer (the socket's remote address); null when it cannot be known. */
  peer: string | null | undefined;
  /** The X-Forwarded-For header as received (several headers joined with commas). */
  forwardedFor: string | null | undefined;
  trustedProxies: readonly IpRange[];
}

/**
 * The client's address, or null when it cannot be known: no peer, or a
 * trusted proxy that forwarded something that is not an address. Callers
 * must not pool unknown clients together.
 */
export function resolveClientAddress({ peer, forwardedFor, trustedProxies }: ClientAddressInput): IpAddress | null {
  const peerAddress = peer ? parseIpAddress(peer) : null;
  if (!peerAddress) return null;
  const trusted = (ip: IpAddress) => trustedProxies.some((range) => rangeContains(range, ip));
  if (!trusted(peerAddress)) return peerAddress;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  let nearest = peerAddress;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = parseForwardedHop(hops[i]!);
    if (!hop) return null;
    if (!trusted(hop)) return hop;
    nearest = hop;
  }
  // Every hop is one of our proxies: the request started inside them.
  return nearest;
}

/** TRUSTED_PROXIES: comma-separated addresses or CIDR ranges; throws on an entry that is neither. */
export function parseTrustedProxies(text: string | undefined): IpRange[] {
  const entries = (text ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    const range = parseIpRange(entry);
    if (!range) {
      throw new Error(`TRUSTED_PROXIES has "${entry}", which is not an IP address or CIDR range. Use a comma-separated list such as 10.0.0.0/8,fd00::/8.`);
    }
    return range;
  });
}

/** One X-Forwarded-For entry: an address, possibly with a port ("203.0.113.7:5511", "[2001:db8::7]:443"). */
export function parseForwardedHop(hop: string): IpAddress | null {
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(hop);
  if (bracketed) return parseIpAddress(bracketed[1]!);
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(hop);
  return parseIpAddress(v4WithPort ? v4WithPort[1]! : hop);
}
