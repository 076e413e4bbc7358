/**
 * Every process's reports of the model hosts, combined into one view per
 * host (what the ring routes on, the queue's affinity schedules on and
 * Settings → Model server shows). Pure: the directory reads the rows, this
 * decides what they mean.
 *
 * - Health and loaded runners: from the freshest health check of any process.
 * - In flight: summed over the other processes that reported within
 *   `staleMs` (a process that died stops counting; its jobs are reclaimed
 *   by the queue and counted again by whoever runs them).
 * - Requests and reloads: summed over every report ever made, so the hit
 *   rate survives worker restarts.
 */

export interface StoredHostReport {
  hostUrl: string;
  processId: string;
  healthy: boolean;
  lastError: string | null;
  checkedAt: number | null;
  loaded: { model: string; runnerKey: string | null }[];
  inFlight: number;
  requests: number;
  reloads: number;
  updatedAt: number;
}

export interface CombinedHostView {
  url: string;
  healthy: boolean;
  checkedAt: number | null;
  lastError: string | null;
  loaded: { model: string; runnerKey: string | null }[];
  othersInFlight: number;
  othersRequests: number;
  othersReloads: number;
}

export function combineHostReports(rows: readonly StoredHostReport[], me: string, now: number, staleMs: number): CombinedHostView[] {
  const byHost = new Map<string, StoredHostReport[]>();
  for (const row of rows) byHost.set(row.hostUrl, [...(byHost.get(row.hostUrl) ?? []), row]);
  return [...byHost.entries()].map(([url, reports]) => {
    const checked = reports.filter((r) => r.checkedAt !== null);
    const freshest = checked.length > 0 ? checked.reduce((a, b) => (b.checkedAt! > a.checkedAt! ? b : a)) : null;
    // Runner keys are known to the processes that used a model: take them from any report.
    const keys = new Map<string, string>();
    for (const r of reports) for (const runner of r.loaded) if (runner.runnerKey) keys.set(runner.model, runner.runnerKey);
    const others = reports.filter((r) => r.processId !== me);
    return {
      url,
      healthy: freshest?.healthy ?? false,
      checkedAt: freshest?.checkedAt ?? null,
      lastError: freshest?.lastError ?? null,
      loaded: (freshest?.loaded ?? []).map((runner) => ({ model: runner.model, runnerKey: runner.runnerKey ?? keys.get(runner.model) ?? null })),
      othersInFlight: others.filter((r) => now - r.updatedAt <= staleMs).reduce((n, r) => n + Math.max(0, r.inFlight), 0),
      othersRequests: others.reduce((n, r) => n + r.requests, 0),
      othersReloads: others.reduce((n, r) => n + r.reloads, 0),
    };
  });
}

/** The share of generations that found their runner loaded on the host: null before the first. */
export function hitRate(requests: number, reloads: number): number | null {
  return requests > 0 ? Math.max(0, requests - reloads) / requests : null;
}
