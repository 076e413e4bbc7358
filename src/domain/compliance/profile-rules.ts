/** Rules that come from the tenant's brand profile. */
import { findAll, termPattern } from "./text";
import type { ComplianceProfile, CopyField, Finding } from "./types";

type Fields = [CopyField, string][];

export function profileFindings(profile: ComplianceProfile, fields: Fields): Finding[] {
  const findings: Finding[] = [];
  const all = fields.map(([, text]) => text).join("\n");

  for (const rule of profile.bannedTerms) {
    const pattern = termPattern(rule.term);
    for (const [field, text] of fields) {
      for (const m of findAll(pattern, text)) {
        findings.push({
          rule: "banned-term",
          severity: "error",
          message: rule.replacement
            ? `"${m.text}" is on the brand's list of words to avoid; write "${rule.replacement}" instead.`
            : `"${m.text}" is on the brand's list of words to avoid.`,
          span: { field, ...m },
          suggestion: rule.replacement,
          source: rule.source,
        });
      }
    }
  }

  for (const rule of profile.requiredTerms) {
    if (findAll(termPattern(rule.term), all).length === 0) {
      findings.push({ rule: "required-term", severity: "warning", message: `The brand asks for "${rule.term}" and this copy never uses it.`, span: null, source: rule.source });
    }
  }

  for (const rule of profile.disclaimers) {
    if (!normalize(all).includes(normalize(rule.text))) {
      findings.push({
        rule: "missing-disclaimer",
        severity: "error",
        message: `The required disclaimer is missing: "${rule.text}"`,
        span: null,
        suggestion: rule.text,
        source: rule.source,
      });
    }
  }

  for (const rule of profile.productSpellings) {
    // Same letters, any case or spacing or hyphenation, but not the canonical form: a misspelling.
    const loose = new RegExp(
      `(?<![\\p{L}\\p{N}])${rule.canonical
        .split("")
        .filter((c) => !/[\s-]/.test(c))
        .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("[\\s-]?")}(?![\\p{L}\\p{N}])`,
      "giu",
    );
    for (const [field, text] of fields) {
      for (const m of findAll(loose, text)) {
        if (m.text === rule.canonical) continue;
        findings.push({
          rule: "product-spelling",
          severity: "warning",
          message: `Write the product name as "${rule.canonical}", not "${m.text}".`,
          span: { field, ...m },
          suggestion: rule.canonical,
          source: rule.source,
        });
      }
    }
  }

  const { formatting } = profile;
  if (formatting.maxExclamations !== undefined && formatting.maxExclamations !== null) {
    const marks = fields.flatMap(([field, text]) => findAll(/!/g, text).map((m) => ({ field, m })));
    for (const { field, m } of marks.slice(formatting.maxExclamations)) {
      findings.push({
        rule: "exclamation-limit",
        severity: "warning",
        message: `The brand allows at most ${formatting.maxExclamations} exclamation mark${formatting.maxExclamations === 1 ? "" : "s"} per piece.`,
        span: { field, ...m },
        source: formatting.source,
      });
    }
  }
  if (formatting.allowEmoji === false) {
    for (const [field, text] of fields) {
      for (const m of findAll(/\p{Extended_Pictographic}/gu, text)) {
        findings.push({ rule: "no-emoji", severity: "warning", message: "The brand does not use emoji.", span: { field, ...m }, source: formatting.source });
      }
    }
  }
  if (formatting.signOff) {
    const body = fields.find(([field]) => field === "body")?.[1] ?? "";
    if (!normalize(body.slice(-300)).includes(normalize(formatting.signOff))) {
      findings.push({
        rule: "sign-off",
        severity: "info",
        message: `End with the brand's sign-off: "${formatting.signOff}".`,
        span: null,
        suggestion: formatting.signOff,
        source: formatting.source,
      });
    }
  }
  return findings;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}
