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

/** Per model host: "ready", or the error that host gave. */
export function HostStatusList({ hostStatus }: { hostStatus: ModelVersion["hostStatus"] }) {
  const entries = Object.entries(hostStatus);
  if (entries.length === 0) return <span className="text-xs text-muted-foreground">Not on any host yet</span>;
  return (
    <ul className="grid gap-1 text-xs">
      {entries.map(([host, status]) => (
        <li key={host} className="max-w-64">
          <span className="block truncate font-mono" title={host}>
            {host}
          </span>
          {status === "ready" ? (
            <span className="text-success-strong">ready</span>
          ) : (
            <span className="line-clamp-2 text-destructive" title={status}>
              {status}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
