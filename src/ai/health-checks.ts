/**
 * A serving provider's background health checks: a poller that calls its
 * refresh, and the listeners told after every check (the poller's and
 * on-demand ones). Shared by the Ollama and OpenAI-compatible providers.
 */
import type { HostStatus } from "./ollama/hosts";

export class HealthChecks {
  private readonly listeners = new Set<(hosts: HostStatus[]) => void>();
  private poller: NodeJS.Timeout | null = null;

  constructor(private readonly refresh: () => Promise<unknown>) {}

  /** Calls `listener` after every health check; returns the unsubscribe. */
  onRefresh(listener: (hosts: HostStatus[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(hosts: HostStatus[]) {
    for (const listener of this.listeners) listener(hosts);
  }

  start(intervalMs = 5_000) {
    this.stop();
    this.poller = setInterval(() => void this.refresh(), intervalMs);
    this.poller.unref();
  }

  stop() {
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
  }
}
