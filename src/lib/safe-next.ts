/**
 * Where to go after sign-in: only a path on this site, never another
 * origin. The value is parsed with the platform's URL parser against a
 * sentinel origin (so "/\t/evil.example", "/\\evil.example", "//evil",
 * "%2F%2Fevil" and "https:evil" are judged by what a browser would do with
 * them), and only a same-origin result is kept, rebuilt from its parsed
 * path, query and fragment: no control character or backslash survives.
 * Anything else falls back; nothing here throws.
 */
const SENTINEL = "https://brandsmith.invalid";

export function safeNext(value: string | string[] | undefined, fallback = "/"): string {
  const next = Array.isArray(value) ? value[0] : value;
  // A path, written as one: browsers strip tab, CR and LF before parsing, so anything carrying them is refused outright.
  if (!next || next.length > 2_000 || !next.startsWith("/") || next.includes("\\") || [...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return fallback;
  let url: URL;
  try {
    url = new URL(next, SENTINEL);
  } catch {
    return fallback;
  }
  if (url.origin !== SENTINEL) return fallback;
  // "//evil" and encoded forms that decode to it would be protocol-relative once rendered again.
  if (url.pathname.startsWith("//") || /^\/(%2f|%5c)/i.test(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
