/**
 * The client address of an auth request. The socket's remote address is the
 * only thing the client cannot choose: server.ts copies it into
 * PEER_ADDRESS_HEADER (after removing any copy the client sent), and
 * X-Forwarded-For is believed only when that peer is one of TRUSTED_PROXIES.
 */
import type { IncomingMessage } from "node:http";
import { parseTrustedProxies, resolveClientAddress } from "@/domain/client-address";
import { formatIpAddress, type IpAddress, type IpRange } from "@/domain/ip-address";
import { getLogger } from "@/server/observability/logger";

/** Set by server.ts from req.socket.remoteAddress; never trusted from the client. */
export const PEER_ADDRESS_HEADER = "x-brandsmith-peer-address";
/** The resolved client address, set by the auth route for better-auth's own IP uses (session records, its rate limiter). */
export const CLIENT_ADDRESS_HEADER = "x-brandsmith-client-address";

/** Called by server.ts for every request, before Next.js sees it. */
export function stampPeerAddress(req: Pick<IncomingMessage, "headers" | "socket">): void {
  delete req.headers[PEER_ADDRESS_HEADER];
  const peer = req.socket.remoteAddress;
  if (peer) req.headers[PEER_ADDRESS_HEADER] = peer;
}

let trustedProxiesCache: { text: string; ranges: IpRange[] } | null = null;
let warnedUntrustedForwarding = false;
let warnedMissingPeer = false;

/** TRUSTED_PROXIES, read at call time and parsed once per value. */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): IpRange[] {
  const text = env.TRUSTED_PROXIES ?? "";
  if (trustedProxiesCache?.text !== text) trustedProxiesCache = { text, ranges: parseTrustedProxies(text) };
  return trustedProxiesCache.ranges;
}

/** The client's address, or null when it cannot be known (no socket address reached us). */
export function clientAddressOf(headers: Headers | undefined, env: NodeJS.ProcessEnv = process.env): IpAddress | null {
  if (!headers) return null;
  const peer = headers.get(PEER_ADDRESS_HEADER);
  const forwardedFor = headers.get("x-forwarded-for");
  const ranges = trustedProxies(env);
  // Next.js itself fills an absent X-Forwarded-For with the socket address; only a different value came from a proxy.
  if (forwardedFor && forwardedFor.trim() !== peer && ranges.length === 0 && !warnedUntrustedForwarding) {
    warnedUntrustedForwarding = true;
    getLogger().warn(
      { peer },
      "X-Forwarded-For is ignored because TRUSTED_PROXIES is empty. If Brandsmith runs behind a reverse proxy, set TRUSTED_PROXIES to its address range, or every client shares the proxy's sign-in limit (README → Security → sign-in).",
    );
  }
  return resolveClientAddress({ peer, forwardedFor, trustedProxies: ranges });
}

/**
 * The request better-auth sees: CLIENT_ADDRESS_HEADER holds the address
 * resolved here, and nothing a client sent under that name.
 */
export function withClientAddress(req: Request): Request {
  if (!req.headers.has(PEER_ADDRESS_HEADER) && !warnedMissingPeer) {
    warnedMissingPeer = true;
    getLogger().warn("An auth request arrived without the socket address: only per-account sign-in limits apply. Start the web process with server.ts (npm start, or the image's command).");
  }
  const headers = new Headers(req.headers);
  headers.delete(CLIENT_ADDRESS_HEADER);
  const client = clientAddressOf(req.headers);
  if (client) headers.set(CLIENT_ADDRESS_HEADER, formatIpAddress(client));
  return new Request(req, { headers });
}
