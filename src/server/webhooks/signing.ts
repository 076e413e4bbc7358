/**
 * Webhook signatures and target rules. A delivery carries
 * `Brandsmith-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`:
 * receivers recompute it and refuse timestamps older than the tolerance, so a
 * captured request cannot be replayed later. (Pure apart from node:crypto.)
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import { isPrivateAddress } from "./address";

export { isPrivateAddress };

export const SIGNATURE_HEADER = "brandsmith-signature";
export const EVENT_ID_HEADER = "brandsmith-event-id";
export const DEFAULT_TOLERANCE_S = 300;

export function signPayload(secret: string, body: string, timestamp: number): string {
  const digest = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${digest}`;
}

export function verifySignature(secret: string, header: string | null, body: string, nowS: number, toleranceS = DEFAULT_TOLERANCE_S): { ok: true } | { ok: false; reason: string } {
  if (!header) return { ok: false, reason: "missing signature" };
  const parts = Object.fromEntries(header.split(",").map((p) => p.trim().split("=", 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1) return { ok: false, reason: "malformed signature" };
  if (Math.abs(nowS - t) > toleranceS) return { ok: false, reason: "timestamp outside the tolerance (replay?)" };
  const expected = Buffer.from(signPayload(secret, body, t).split("v1=")[1]!, "hex");
  const given = Buffer.from(parts.v1, "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "signature does not match" };
  return { ok: true };
}

/** Why a webhook URL cannot be used, or null. `allowPrivate` is for development and tests only. */
export function webhookUrlProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return "Enter a full URL starting with https://.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "Webhooks are delivered over http(s) only; enter an https:// URL.";
  if (url.username || url.password) return "Put credentials in your receiver's check of the signature, not in the URL.";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && (host === "localhost" || host.endsWith(".localhost") || (isIP(host) && isPrivateAddress(host)))) {
    return "That address is on a private or loopback network; Brandsmith only delivers to public addresses.";
  }
  return null;
}

