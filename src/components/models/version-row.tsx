"use client";

import { Fragment } from "react";
import { formatDuration } from "@/components/queue/job-state-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatCount, formatDate } from "./format";
import type { ModelVersion } from "./types";
import { EvaluationSummary } from "./evaluation-summary";
import { HostStatusList, VersionStatus } from "./version-status";

const COLUMNS = 7;

export function VersionRow(props: {
  version: ModelVersion;
  /** Version number of the active one, if any: activating an older one is a rollback. */
  activeVersion: number | null;
  busy: boolean;
  showModelfile: boolean;
  onToggleModelfile: () => void;
  onActivate: () => void;
  onDelete: () => void;
}) {
  const v = props.version;
  const modelfileId = `modelfile-${v.id}`;
  const rollback = props.activeVersion !== null && v.version < props.activeVersion;
  return (
    <Fragment>
      <tr className="align-top" data-testid={`model-version-v${v.version}`}>
        <td className="px-5 py-3">
          <div className="flex items-center gap-2">
            <span className="font-medium">v{v.version}</span>
            {v.active && <Badge variant="success">Active</Badge>}
          </div>
          <div className="mt-0.5 font-mono text-xs text-muted-foreground">{v.ollamaName}</div>
        </td>
        <td className="py-3 font-mono text-xs">{v.base}</td>
        <td className="py-3">
          <VersionStatus version={v} />
          <EvaluationSummary evaluation={v.evaluation} />
        </td>
        <td className="py-3">
          <HostStatusList hosts={v.hosts} />
        </td>
        <td className="py-3 text-xs tabular-nums">
          {v.usage.generations === 0 ? (
            <span className="text-muted-foreground">Not used yet</span>
          ) : (
            <dl className="grid grid-cols-[auto_auto] gap-x-2 gap-y-0.5">
              <dt className="text-muted-foreground">Generations</dt>
              <dd>{formatCount(v.usage.generations)}</dd>
              <dt className="text-muted-foreground">Tokens</dt>
              <dd>{formatCount(v.usage.tokens)}</dd>
              <dt className="text-muted-foreground">Median time</dt>
              <dd>{formatDuration(v.usage.medianMs)}</dd>
              <dt className="text-muted-foreground">Median first token</dt>
              <dd>{formatDuration(v.usage.medianTtftMs)}</dd>
            </dl>
          )}
        </td>
        <td className="py-3 text-xs text-muted-foreground">{formatDate(v.createdAt)}</td>
        <td className="py-3 pr-5">
          <div className="flex flex-wrap justify-end gap-1">
            {v.status === "ready" && !v.active && (
              <Button
                size="sm"
                variant={rollback ? "outline" : "default"}
                disabled={props.busy}
                onClick={props.onActivate}
                aria-label={rollback ? `Roll back to this version, v${v.version}` : `Activate v${v.version}`}
              >
                {rollback ? "Roll back to this" : "Activate"}
              </Button>
            )}
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Modelfile of v${v.version}`}
              aria-expanded={props.showModelfile}
              aria-controls={props.showModelfile ? modelfileId : undefined}
              onClick={props.onToggleModelfile}
            >
              Modelfile
            </Button>
            {!v.active && (
              <Button
                size="sm"
                variant="ghost"
                className="text-destructive"
                disabled={props.busy}
                onClick={props.onDelete}
                aria-label={`Delete v${v.version}`}
              >
                Delete
              </Button>
            )}
          </div>
        </td>
      </tr>
      {props.showModelfile && (
        <tr>
          <td colSpan={COLUMNS} className="px-5 pb-3">
            <pre id={modelfileId} className="max-h-80 overflow-auto whitespace-pre-wrap rounded-md bg-muted p-3 text-xs">
              {v.modelfile}
            </pre>
          </td>
        </tr>
      )}
    </Fragment>
  );
}
