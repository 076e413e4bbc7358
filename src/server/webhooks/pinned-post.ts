/**
 * A webhook POST pinned to the address that was checked: the host name is
 * resolved once, every address it resolves to must be public (unless
 * private targets are allowed), and the connection goes to that address —
 * a second DNS answer (rebinding) cannot switch it to an inside one. TLS
 * still verifies the certificate against the host name. Redirects are not
 * followed.
 */
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isPrivateAddress, webhookUrlProblem } from "./signing";

export type PinnedResult = { ok: true; status: number } | { ok: false; refused: string } | { ok: false; unreachable: string };

const INSIDE = "The webhook's host resolves to a private or loopback address; Brandsmith only delivers to public addresses.";

/** The address to connect to, or why the target is refused. */
export async function checkedAddress(url: URL, allowPrivate: boolean): Promise<{ address: string; family: 4 | 6 } | { refused: string }> {
  const problem = webhookUrlProblem(url.href, allowPrivate);
  if (problem) return { refused: problem };
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host);
  const addresses = literal ? [{ address: host, family: literal }] : await lookup(host, { all: true }).catch(() => []);
  if (addresses.length === 0) return { refused: "The webhook's host name does not resolve." };
  if (!allowPrivate && addresses.some((a) => isPrivateAddress(a.address))) return { refused: INSIDE };
  return { address: addresses[0]!.address, family: addresses[0]!.family === 6 ? 6 : 4 };
}

export async function pinnedPost(
  raw: string,
  options: { body: string; headers: Record<string, string>; signal: AbortSignal; allowPrivate: boolean },
): Promise<PinnedResult> {
  const url = new URL(raw);
  const target = await checkedAddress(url, options.allowPrivate);
  if ("refused" in target) return { ok: false, refused: target.refused };
  // The socket connects to the checked address whatever the name resolves to now.
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise<PinnedResult>((resolve) => {
    const request = client.request(url, { method: "POST", headers: { ...options.headers, "content-length": Buffer.byteLength(options.body).toString() }, lookup: pinned, signal: options.signal }, (response) => {
      response.resume();
      resolve({ ok: true, status: response.statusCode ?? 0 });
    });
    request.on("error", (error) => resolve({ ok: false, unreachable: error.message }));
    request.end(options.body);
  });
}
