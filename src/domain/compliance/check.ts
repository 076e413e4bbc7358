/**
 * The compliance check: brand-profile rules plus universal email rules, each
 * finding with its severity, exact span, rule and source.
 *
 * Score (0–100): start at 100 and subtract 15 per error, 5 per warning and
 * 1 per info, counting at most 3 findings per rule (one problem repeated
 * should not sink a draft on its own), floored at 0.
 */
import { emailFindings } from "./email-rules";
import { profileFindings } from "./profile-rules";
import { readingGrade } from "./text";
import type { ComplianceProfile, ComplianceReport, CopyField, CopyInput, Finding, Severity } from "./types";

export const PENALTY: Record<Severity, number> = { error: 15, warning: 5, info: 1 };
export const MAX_COUNTED_PER_RULE = 3;

export function checkCopy(input: CopyInput, profile: ComplianceProfile): ComplianceReport {
  const fields: [CopyField, string][] = [];
  if (input.subject) fields.push(["subject", input.subject]);
  if (input.preheader) fields.push(["preheader", input.preheader]);
  fields.push(["body", input.body]);

  const findings = [...profileFindings(profile, fields), ...emailFindings(input, fields).map((f) => brandStrength(f, profile))].sort(byPosition);
  return { score: score(findings), findings, counts: countBySeverity(findings), readingGrade: readingGrade(input.body) };
}

/** A universal rule the brand guide also states becomes the brand's rule: an error, with its source. */
function brandStrength(finding: Finding, profile: ComplianceProfile): Finding {
  if (finding.rule === "all-caps" && profile.formatting.noAllCaps) {
    return { ...finding, severity: "error", message: "The brand guide rules out ALL CAPS; write it in sentence case.", source: profile.formatting.sources?.noAllCaps };
  }
  return finding;
}

export function score(findings: readonly Finding[]): number {
  const perRule = new Map<string, number>();
  let penalty = 0;
  for (const f of findings) {
    const seen = perRule.get(f.rule) ?? 0;
    perRule.set(f.rule, seen + 1);
    if (seen < MAX_COUNTED_PER_RULE) penalty += PENALTY[f.severity];
  }
  return Math.max(0, 100 - penalty);
}

const FIELD_ORDER: Record<CopyField, number> = { subject: 0, preheader: 1, body: 2 };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function byPosition(a: Finding, b: Finding): number {
  if (!a.span || !b.span) return a.span ? -1 : b.span ? 1 : SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  return FIELD_ORDER[a.span.field] - FIELD_ORDER[b.span.field] || a.span.start - b.span.start;
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
