import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import type { ModelVersion } from "./types";

const STATUS_LABELS: Record<ModelVersion["status"], string> = {
  pending: "Waiting",
  creating: "Building",
  ready: "Ready",
  failed: "Failed",
};

const STATUS_STYLES: Record<ModelVersion["status"], string> = {
  pending: "bg-amber-100 text-amber-900",
  creating: "bg-blue-100 text-blue-900",
  ready: "bg-emerald-100 text-emerald-900",
  failed: "bg-red-100 text-red-900",
};

export function VersionStatus({ version }: { version: ModelVersion }) {
  return (
    <div className="grid justify-items-start gap-1">
      <Badge className={cn("border-transparent", STATUS_STYLES[version.status])} title={version.error ?? undefined}>
        {STATUS_LABELS[version.status]}
      </Badge>
      {version.status === "failed" && version.error && (
        <span className="line-clamp-2 max-w-56 text-xs text-destructive" title={version.error}>
          {version.error}
        </span>
      )}
    </div>
  );
}

const HOST_STATE_STYLES: Record<ModelVersion["hosts"][number]["state"], string> = {
  present: "text-success-strong",
  building: "text-muted-foreground",
  restoring: "text-blue-800",
  missing: "text-amber-800",
  failed: "text-destructive",
  unknown: "text-muted-foreground",
};

/** Per model host: on it, missing, being put back, or why not, in words. */
export function HostStatusList({ hosts }: { hosts: ModelVersion["hosts"] }) {
  if (hosts.length === 0) return <span className="text-xs text-muted-foreground">Not on any server yet</span>;
  return (
    <ul className="grid gap-1 text-xs">
      {hosts.map((host) => (
        <li key={host.host} className="max-w-64" data-testid="version-host" data-state={host.state}>
          <span className="block truncate font-mono" title={host.host}>
            {host.host}
          </span>
          <span className={cn("block", HOST_STATE_STYLES[host.state])}>{host.label}</span>
          {host.detail && (
            <span className="line-clamp-2 text-muted-foreground" title={host.detail}>
              {host.detail}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
