/**
 * Where a tenant model version is, per model host, in words an admin reads
 * on the Models page: on the server, missing, being put back, or why it
 * could not be. From what the version recorded per host (a build writes
 * "ready" or the host's error; a restore writes "restoring", then "ready" or
 * its error) and what each host listed at its last health check.
 */

/** Recorded per host when the version is on it. */
export const HOST_READY = "ready";
/** Recorded per host while a restore re-creates the version there. */
export const HOST_RESTORING = "restoring";

export type VersionHostState = "present" | "missing" | "restoring" | "failed" | "building" | "unknown";

export interface VersionOnHost {
  host: string;
  state: VersionHostState;
  /** What the admin reads. */
  label: string;
  /** The server's own words, when something went wrong. */
  detail: string | null;
}

export interface HostView {
  url: string;
  healthy: boolean;
  /** Models the host listed at its last health check; null when it has not answered. */
  installed: readonly string[] | null;
}

export function versionOnHosts(
  version: { ollamaName: string; status: "pending" | "creating" | "ready" | "failed"; hostStatus: Readonly<Record<string, string>> },
  hosts: readonly HostView[],
): VersionOnHost[] {
  // Without a configured server, what the version recorded is all there is to show.
  const views: HostView[] = hosts.length > 0 ? [...hosts] : Object.keys(version.hostStatus).map((url) => ({ url, healthy: false, installed: null }));
  return views.map((host) => {
    const recorded = version.hostStatus[host.url] ?? null;
    const problem = recorded && recorded !== HOST_READY && recorded !== HOST_RESTORING ? recorded : null;
    const on = (state: VersionHostState, label: string, detail: string | null = null): VersionOnHost => ({ host: host.url, state, label, detail });
    if (host.installed?.includes(version.ollamaName)) return on("present", "On this server");
    if (version.status === "pending" || version.status === "creating") return on("building", "Being built");
    if (!host.healthy || !host.installed) return on("unknown", "This server is not answering; it is checked again when it is back", problem);
    if (recorded === HOST_RESTORING) return on("restoring", "Missing: being put back on this server now");
    if (version.status === "failed") return on("failed", "Not on this server: the build failed", problem);
    if (problem) return on("failed", "Missing: putting it back failed. It is tried again the next time it is used, or build the version again", problem);
    return on("missing", "Missing: it is put back on this server automatically the next time it is used");
  });
}
