/** Word-level differences between two revisions of a draft, field by field. */
import { diffWordsWithSpace } from "diff";
import { blockText, type EmailContent } from "./email/content";

export type DiffPart = { op: "same" | "add" | "del"; text: string };
export interface FieldDiff {
  field: string;
  label: string;
  changed: boolean;
  parts: DiffPart[];
}

/**
 * Word-level diff (jsdiff's Myers diff over words and the whitespace between
 * them), merged into runs of same / added / removed text. Rebuilding the
 * "same" and "del" runs gives the old text, "same" and "add" the new one.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const op: DiffPart["op"] = change.added ? "add" : change.removed ? "del" : "same";
    const last = parts.at(-1);
    if (last?.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}

export function diffContents(before: EmailContent, after: EmailContent): FieldDiff[] {
  const fields: [string, string, string, string][] = [
    ["subject", "Subject", before.subject, after.subject],
    ["preheader", "Preheader", before.preheader, after.preheader],
  ];
  const blocks = Math.max(before.blocks.length, after.blocks.length);
  for (let k = 0; k < blocks; k++) {
    const a = before.blocks[k];
    const b = after.blocks[k];
    fields.push([`block-${k}`, `Block ${k + 1}${b ? ` (${b.type})` : a ? ` (${a.type}, removed)` : ""}`, a ? blockText(a).join("\n") : "", b ? blockText(b).join("\n") : ""]);
  }
  fields.push(["cta", "Button", `${before.cta.text} → ${before.cta.url}`, `${after.cta.text} → ${after.cta.url}`]);
  fields.push(["signOff", "Sign-off", before.signOff, after.signOff]);
  fields.push(["legal", "Small print", before.legal.join("\n"), after.legal.join("\n")]);
  return fields.map(([field, label, a, b]) => ({ field, label, changed: a !== b, parts: diffWords(a, b) }));
}
