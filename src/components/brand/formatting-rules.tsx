"use client";

import { Input, Label, Select } from "@/components/ui/input";
import type { BrandProfile, StyleRuleName } from "@/domain/brand-profile";

type Formatting = BrandProfile["formatting"];

/** Where the guide states a rule, under its field. */
function RuleSource({ formatting, rule }: { formatting: Formatting; rule: StyleRuleName }) {
  const source = formatting.sources?.[rule];
  if (!source) return null;
  return (
    <p className="text-xs text-muted-foreground" data-testid="profile-source">
      {source.documentName}
      {source.page && ` · page ${source.page}`}
      {source.quote && <span className="italic"> — “{source.quote}”</span>}
      {source.acceptedBy && ` · accepted by ${source.acceptedBy}`}
    </p>
  );
}

function yesNo(value: boolean | null | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

/** The profile's formatting rules: each editable, each showing the guide line it came from. */
export function FormattingRules({ draft, setDraft, readOnly }: { draft: BrandProfile; setDraft: (profile: BrandProfile) => void; readOnly: boolean }) {
  const f = draft.formatting;
  const set = (patch: Partial<Formatting>) => setDraft({ ...draft, formatting: { ...f, ...patch } });
  const toggle = (rule: "allowEmoji" | "noAllCaps" | "noExclamationInSubject", value: string) => set({ [rule]: value === "" ? null : value === "true" });
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <legend className="mb-2 text-sm font-medium">Style rules</legend>
      <div className="grid content-start gap-2">
        <Label htmlFor="profile-exclamations">Most exclamation marks</Label>
        <Input
          id="profile-exclamations"
          type="number"
          min={0}
          max={10}
          readOnly={readOnly}
          value={f.maxExclamations ?? ""}
          onChange={(e) => set({ maxExclamations: e.target.value === "" ? null : Number(e.target.value) })}
          placeholder="no rule"
        />
        <RuleSource formatting={f} rule="maxExclamations" />
      </div>
      <div className="grid content-start gap-2">
        <Label htmlFor="profile-subject-exclamation">Exclamation marks in subjects</Label>
        <Select id="profile-subject-exclamation" disabled={readOnly} value={yesNo(f.noExclamationInSubject)} onChange={(e) => toggle("noExclamationInSubject", e.target.value)}>
          <option value="">No rule</option>
          <option value="true">Never</option>
          <option value="false">Allowed</option>
        </Select>
        <RuleSource formatting={f} rule="noExclamationInSubject" />
      </div>
      <div className="grid content-start gap-2">
        <Label htmlFor="profile-emoji">Emoji</Label>
        <Select id="profile-emoji" disabled={readOnly} value={yesNo(f.allowEmoji)} onChange={(e) => toggle("allowEmoji", e.target.value)}>
          <option value="">No rule</option>
          <option value="true">Allowed</option>
          <option value="false">Not used</option>
        </Select>
        <RuleSource formatting={f} rule="allowEmoji" />
      </div>
      <div className="grid content-start gap-2">
        <Label htmlFor="profile-caps">ALL CAPS words</Label>
        <Select id="profile-caps" disabled={readOnly} value={yesNo(f.noAllCaps)} onChange={(e) => toggle("noAllCaps", e.target.value)}>
          <option value="">No rule</option>
          <option value="true">Never</option>
          <option value="false">Allowed</option>
        </Select>
        <RuleSource formatting={f} rule="noAllCaps" />
      </div>
      <div className="grid content-start gap-2 sm:col-span-2">
        <Label htmlFor="profile-signoff">Sign-off</Label>
        <Input id="profile-signoff" readOnly={readOnly} value={f.signOff ?? ""} onChange={(e) => set({ signOff: e.target.value || null })} />
        <RuleSource formatting={f} rule="signOff" />
      </div>
    </fieldset>
  );
}
