/** Word-level differences between two revisions of a draft, field by field. */
import { blockText, type EmailContent } from "./email/content";

export type DiffPart = { op: "same" | "add" | "del"; text: string };
export interface FieldDiff {
  field: string;
  label: string;
  changed: boolean;
  parts: DiffPart[];
}

/** Longest-common-subsequence diff over words (with their trailing spaces). Inputs are email-sized. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = before.match(/\S+\s*|\s+/g) ?? [];
  const b = after.match(/\S+\s*|\s+/g) ?? [];
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const parts: DiffPart[] = [];
  const push = (op: DiffPart["op"], text: string) => {
    const last = parts.at(-1);
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push("same", a[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push("del", a[i++]!);
    else push("add", b[j++]!);
  }
  while (i < n) push("del", a[i++]!);
  while (j < m) push("add", b[j++]!);
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
