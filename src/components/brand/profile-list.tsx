"use client";

import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import type { SourceRef } from "@/domain/compliance";

export interface ListItem {
  value: string;
  extra?: string | null;
  source: SourceRef | null;
}

/** One editable list of the profile: each item with its source passage, add and remove. */
export function ProfileList(props: {
  id: string;
  label: string;
  items: ListItem[];
  onChange: (items: ListItem[]) => void;
  placeholder: string;
  extraPlaceholder?: string;
  readOnly: boolean;
  /** Links sources to their guide. */
  tenantSlug?: string;
}) {
  const update = (index: number, patch: Partial<ListItem>) => props.onChange(props.items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="grid gap-2" aria-labelledby={`${props.id}-label`}>
      <Label id={`${props.id}-label`} className="text-sm">
        {props.label}
      </Label>
      {props.items.length === 0 && <p className="text-xs text-muted-foreground">None yet.</p>}
      {props.items.map((item, index) => (
        <div key={index} className="grid gap-1 rounded-md border p-2">
          <div className="flex gap-2">
            <Input aria-label={`${props.label} ${index + 1}`} value={item.value} readOnly={props.readOnly} onChange={(e) => update(index, { value: e.target.value })} placeholder={props.placeholder} />
            {props.extraPlaceholder !== undefined && (
              <Input aria-label={`${props.extraPlaceholder} ${index + 1}`} value={item.extra ?? ""} readOnly={props.readOnly} onChange={(e) => update(index, { extra: e.target.value || null })} placeholder={props.extraPlaceholder} className="max-w-48" />
            )}
            {!props.readOnly && (
              <Button type="button" variant="ghost" size="icon" aria-label={`Remove ${item.value || "item"}`} onClick={() => props.onChange(props.items.filter((_, i) => i !== index))}>
                <X />
              </Button>
            )}
          </div>
          {item.source && (
            <p className="text-xs text-muted-foreground" data-testid="profile-source">
              {item.source.guideId && props.tenantSlug ? (
                <a className="text-primary underline underline-offset-2" href={`/api/brand/guides/${item.source.guideId}?tenant=${encodeURIComponent(props.tenantSlug)}`}>
                  {item.source.documentName}
                </a>
              ) : (
                item.source.documentName
              )}
              {item.source.section && ` › ${item.source.section}`}
              {item.source.page && ` · page ${item.source.page}`}
              {item.source.quote && <span className="italic"> — “{item.source.quote}”</span>}
              {item.source.acceptedBy && <span> · accepted by {item.source.acceptedBy}</span>}
            </p>
          )}
        </div>
      ))}
      {!props.readOnly && (
        <div>
          <Button type="button" variant="outline" size="sm" onClick={() => props.onChange([...props.items, { value: "", extra: null, source: null }])}>
            <Plus /> Add
          </Button>
        </div>
      )}
    </fieldset>
  );
}
