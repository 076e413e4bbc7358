/**
 * Keeps the tenant models this process uses on the model hosts: after each
 * health check (the provider's poll lists every host's models), a model it
 * used that a healthy host no longer has is restored there, so a model
 * server that was restarted or rebuilt heals before the next request finds
 * the model missing (which restores it too). It only knows the models this
 * process used; a restore re-reads the version from the database, so a
 * deleted version is forgotten, not restored.
 */
import type { HostStatus } from "@/ai/ollama/hosts";

/** A model this process keeps, and the tenant it belongs to. */
export interface KeptModel {
  model: string;
  tenantId: string;
}

/** Which kept models to restore on which host: missing from a healthy host's list, and not failed there recently. */
export function restoresDue(
  kept: readonly KeptModel[],
  hosts: readonly Pick<HostStatus, "url" | "healthy" | "installed">[],
  lastFailure: ReadonlyMap<string, number>,
  now: number,
  retryAfterMs: number,
): (KeptModel & { host: string })[] {
  const due: (KeptModel & { host: string })[] = [];
  for (const host of hosts) {
    if (!host.healthy || !host.installed) continue;
    const installed = new Set(host.installed);
    for (const entry of kept) {
      if (installed.has(entry.model)) continue;
      const failedAt = lastFailure.get(restoreKey(host.url, entry.model));
      if (failedAt !== undefined && now - failedAt < retryAfterMs) continue;
      due.push({ ...entry, host: host.url });
    }
  }
  return due;
}

function restoreKey(host: string, model: string) {
  return `${host}|${model}`;
}

export type Restore = (entry: KeptModel & { host: string }) => Promise<boolean>;

export class ModelKeeper {
  private readonly kept = new Map<string, string>();
  private readonly lastFailure = new Map<string, number>();
  private checking = false;

  constructor(
    private readonly restore: Restore,
    private readonly options: { retryAfterMs?: number; max?: number; onError?: (error: unknown, entry: KeptModel & { host: string }) => void } = {},
  ) {}

  keep(model: string, tenantId: string) {
    // Most recently used last: the oldest go first when there are too many.
    this.kept.delete(model);
    this.kept.set(model, tenantId);
    const max = this.options.max ?? 500;
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= max) break;
      this.kept.delete(oldest);
    }
  }

  forget(model: string) {
    this.kept.delete(model);
  }

  models(): KeptModel[] {
    return [...this.kept].map(([model, tenantId]) => ({ model, tenantId }));
  }

  /** After a health check. One check at a time; a restore that fails is tried again after retryAfterMs. */
  async check(hosts: readonly Pick<HostStatus, "url" | "healthy" | "installed">[]): Promise<void> {
    if (this.checking || this.kept.size === 0) return;
    this.checking = true;
    try {
      const due = restoresDue(this.models(), hosts, this.lastFailure, Date.now(), this.options.retryAfterMs ?? 60_000);
      await Promise.all(
        due.map(async (entry) => {
          const key = restoreKey(entry.host, entry.model);
          try {
            if (!(await this.restore(entry))) this.forget(entry.model);
            this.lastFailure.delete(key);
          } catch (error) {
            this.lastFailure.set(key, Date.now());
            this.options.onError?.(error, entry);
          }
        }),
      );
    } finally {
      this.checking = false;
    }
  }
}
