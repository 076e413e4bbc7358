/**
 * Checks for requests that change something and arrive with a browser's
 * cookies: refuse pages of other origins (a page on another port of the same
 * host is same-site, so SameSite cookies alone do not stop it), and never
 * buffer more of a body than the route accepts.
 */
import { createHash, timingSafeEqual } from "node:crypto";

/** Why the request is refused as coming from another origin, or null when it may go on. */
export function foreignOriginRefusal(headers: Headers, appOrigin: string): string | null {
  const origin = headers.get("origin");
  const crossSite = headers.get("sec-fetch-site") === "cross-site";
  if (!crossSite && (origin === null || origin === appOrigin)) return null;
  return `Changes can only be made from Brandsmith's own pages at ${appOrigin}; this request came from another site and was refused. If that address is wrong, set APP_URL to the address you open.`;
}

export function declaredBodyTooLarge(headers: Headers, maxBytes: number): boolean {
  return Number(headers.get("content-length") ?? 0) > maxBytes;
}

/**
 * The same request with its body counted as it is read: past `maxBytes` the
 * body fails with `tooLarge()` and the rest is never read, whatever the
 * Content-Length said (it may be missing or false).
 */
export function withBodyLimit(req: Request, maxBytes: number, tooLarge: () => Error): Request {
  if (!req.body) return req;
  let size = 0;
  const counted = req.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > maxBytes) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Request(req.url, { method: req.method, headers: req.headers, body: counted, signal: req.signal, duplex: "half" } as RequestInit);
}

/** Whether `Authorization: Bearer <token>` carries `expected`, compared in constant time. */
export function hasBearerToken(headers: Headers, expected: string): boolean {
  const presented = /^Bearer\s+(.+)$/i.exec(headers.get("authorization") ?? "")?.[1]?.trim() ?? "";
  // Hashing first makes both sides the same length, so the comparison says nothing about the token's length either.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return presented.length > 0 && timingSafeEqual(digest(presented), digest(expected));
}
