import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatGigabytes, formatTime } from "./format";
import type { ModelHost } from "./types";
import { Fact } from "@/components/ui/fact";
import { hitRate } from "@/domain/host-reports";

/** Share of generations that found their runner already loaded on the host (counted by every worker). */
function hostHitRate(requests: number, reloads: number): string {
  const rate = hitRate(requests, reloads);
  return rate === null ? "—" : `${Math.round(rate * 100)}%`;
}

export function HostCard({ host }: { host: ModelHost }) {
  return (
    <Card data-testid="model-host">
      <CardHeader>
        <div className="flex flex-wrap items-center gap-3">
          <CardTitle className="font-mono text-sm">{host.url}</CardTitle>
          {host.healthy ? (
            <Badge variant="success">Reachable</Badge>
          ) : (
            <Badge className="border-transparent bg-destructive/10 text-destructive">Unreachable</Badge>
          )}
          {host.checkedAt !== null && <span className="ml-auto text-xs text-muted-foreground">checked {formatTime(host.checkedAt)}</span>}
        </div>
        {!host.healthy && host.lastError && <p className="text-sm text-destructive">{host.lastError}</p>}
      </CardHeader>
      <CardContent className="grid gap-5">
        <dl className="grid grid-cols-3 gap-x-6 gap-y-2 text-sm">
          <Fact label="Ollama version" value={host.version ?? "—"} />
          <Fact label="Slots" value={String(host.slots)} />
          <Fact label="In flight (all workers)" value={String(host.sharedInFlight)} />
          <Fact label="Generations" value={String(host.requests)} />
          <Fact label="Runner hit rate" value={hostHitRate(host.requests, host.reloads)} />
          <Fact label="Reloads" value={String(host.reloads)} />
        </dl>
        <section aria-label={`Loaded on ${host.url}`}>
          <h3 className="mb-1 text-xs font-medium text-muted-foreground">Loaded right now</h3>
          {host.loaded.length === 0 ? (
            <p className="text-sm text-muted-foreground">Nothing loaded. Ollama loads a model on its first request.</p>
          ) : (
            <ul className="flex flex-wrap gap-1">
              {/* Ollama lists a model once per loaded runner: the same model with other runner options is a second runner, said once with a count. */}
              {[...countBy(host.loaded)].map(([name, runners]) => (
                <li key={name}>
                  <Badge variant="secondary" className="font-mono" title={runners > 1 ? `${runners} runners of this model are loaded (with different runner options, such as context size)` : undefined}>
                    {name}
                    {runners > 1 ? ` ×${runners}` : ""}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-label={`Available on ${host.url}`}>
          <h3 className="mb-1 text-xs font-medium text-muted-foreground">Available models</h3>
          {!host.healthy ? (
            <p className="text-sm text-muted-foreground">Unknown while the host is unreachable.</p>
          ) : host.models.length === 0 ? (
            <p className="text-sm text-muted-foreground">No models on this host yet. Pull a base model below.</p>
          ) : (
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table (scrolls sideways on narrow screens)">
            <table className="w-full text-sm">
              <thead className="text-left text-xs text-muted-foreground">
                <tr>
                  <th className="py-1 font-medium">Name</th>
                  <th className="py-1 font-medium">Size</th>
                  <th className="py-1 font-medium">Family</th>
                  <th className="py-1 font-medium">Parameters</th>
                </tr>
              </thead>
              <tbody className="divide-y">
                {host.models.map((model) => (
                  <tr key={model.name}>
                    <td className="py-1 font-mono text-xs">{model.name}</td>
                    <td className="py-1 tabular-nums">{formatGigabytes(model.size)}</td>
                    <td className="py-1 text-muted-foreground">{model.details?.family ?? "—"}</td>
                    <td className="py-1 text-muted-foreground">{model.details?.parameter_size ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          )}
        </section>
      </CardContent>
    </Card>
  );
}

function countBy(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}
