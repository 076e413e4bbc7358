/**
 * First-load JavaScript per app route, read from the production build in
 * `.next/`: the root main files every page loads (build-manifest.json
 * `rootMainFiles`; `polyfillFiles` are left out, they are `nomodule` and
 * modern browsers skip them) plus every file in the route's `entryJSFiles`
 * (its layouts, page and the error/not-found boundaries it carries), from
 * the page's client reference manifest. Each file is counted once and
 * gzipped with zlib at its default level, as a server would send it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

export interface RouteJs {
  /** The route as the app names it, e.g. "/t/[tenant]/campaigns/[id]". */
  route: string;
  files: number;
  gzipBytes: number;
}

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
}

const MANIFEST = "page_client-reference-manifest.js";

export interface BuildJs {
  /** The root main files every route loads. */
  sharedGzipBytes: number;
  routes: RouteJs[];
}

export function firstLoadJs(nextDir = ".next"): BuildJs {
  const buildManifest = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const rootFiles = (buildManifest.rootMainFiles ?? []).filter((f) => f.endsWith(".js"));
  const gzipped = new Map<string, number>();
  const gzipSize = (file: string) => {
    let size = gzipped.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(nextDir, file))).length;
      gzipped.set(file, size);
    }
    return size;
  };

  const appDir = path.join(nextDir, "server", "app");
  const routes = manifestFiles(appDir)
    .flatMap((file) => Object.entries(readManifest(file)))
    .map(([pagePath, manifest]) => {
      const entryFiles = Object.values(manifest.entryJSFiles ?? {})
        .flat()
        .map((f) => f.replace(/^\/_next\//, ""))
        .filter((f) => f.endsWith(".js"));
      const files = [...new Set([...rootFiles, ...entryFiles])];
      return { route: routeOf(pagePath), files: files.length, gzipBytes: files.reduce((sum, f) => sum + gzipSize(f), 0) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
  return { sharedGzipBytes: rootFiles.reduce((sum, f) => sum + gzipSize(f), 0), routes };
}

/** "/t/[tenant]/page" → "/t/[tenant]"; "/(auth)/sign-in/page" → "/sign-in"; "/page" → "/". */
function routeOf(pagePath: string): string {
  const route = pagePath
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .join("/");
  return route || "/";
}

/** The manifest file sets `globalThis.__RSC_MANIFEST[page]`; it runs in a context of its own, not in ours. */
function readManifest(file: string): Record<string, ClientReferenceManifest> {
  const sandbox: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox, { filename: file });
  return sandbox.__RSC_MANIFEST ?? {};
}

function manifestFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return manifestFiles(full);
    return entry.name === MANIFEST ? [full] : [];
  });
}
