/**
 * The app's routes as Next.js patterns (`/t/[tenant]/campaigns/[id]`), read
 * from the src/app directory, and a matcher that finds the pattern a request
 * path falls under with Next's precedence: a static segment before a dynamic
 * one, a dynamic segment before a catch-all.
 */
import { readdirSync } from "node:fs";
import path from "node:path";

const ROUTE_FILE = /^(page|route)\.(tsx|ts|jsx|js|mdx)$/;

export function appRoutePatterns(appDir: string): string[] {
  const patterns = new Set<string>();
  const walk = (dir: string, segments: readonly string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // Private folders (_name) hold no routes; groups ((name)) and slots (@name) add no URL segment.
        if (entry.name.startsWith("_")) continue;
        const silent = /^\(.*\)$/.test(entry.name) || entry.name.startsWith("@");
        walk(path.join(dir, entry.name), silent ? segments : [...segments, entry.name]);
      } else if (ROUTE_FILE.test(entry.name)) {
        patterns.add(`/${segments.join("/")}`);
      }
    }
  };
  walk(appDir, []);
  return [...patterns].sort();
}

type Segment = { kind: "static"; name: string } | { kind: "dynamic" } | { kind: "catch-all"; optional: boolean };

function parseSegment(segment: string): Segment {
  if (/^\[\[\.\.\..+\]\]$/.test(segment)) return { kind: "catch-all", optional: true };
  if (/^\[\.\.\..+\]$/.test(segment)) return { kind: "catch-all", optional: false };
  if (/^\[.+\]$/.test(segment)) return { kind: "dynamic" };
  return { kind: "static", name: segment };
}

const RANK = { static: 0, dynamic: 1, "catch-all": 2 } as const;

function byPrecedence(a: readonly Segment[], b: readonly Segment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = RANK[a[i]!.kind] - RANK[b[i]!.kind];
    if (difference !== 0) return difference;
  }
  return b.length - a.length;
}

function matches(segments: readonly Segment[], parts: readonly string[]): boolean {
  for (const [index, segment] of segments.entries()) {
    if (segment.kind === "catch-all") return parts.length > index || (segment.optional && parts.length === index);
    const part = parts[index];
    if (part === undefined || (segment.kind === "static" && segment.name !== part)) return false;
  }
  return parts.length === segments.length;
}

/** The pattern `pathname` is served by, or null when no route of the app matches it. */
export function createRouteMatcher(patterns: readonly string[]): (pathname: string) => string | null {
  const routes = patterns
    .map((pattern) => ({ pattern, segments: pattern.split("/").filter(Boolean).map(parseSegment) }))
    .sort((a, b) => byPrecedence(a.segments, b.segments));
  return (pathname) => {
    const parts = pathname.split("/").filter(Boolean);
    return routes.find((route) => matches(route.segments, parts))?.pattern ?? null;
  };
}
