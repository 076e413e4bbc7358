/** Rules that come from the tenant's brand profile. */
import { normaliseForMatch } from "@/domain/brand-guide/guide-blocks";
import { findAll, isProductVariant, productVariantPattern, termPattern } from "./text";
import type { ComplianceProfile, CopyField, Finding } from "./types";

type Fields = [CopyField, string][];

export function profileFindings(profile: ComplianceProfile, fields: Fields): Finding[] {
  const findings: Finding[] = [];
  const all = fields.map(([, text]) => text).join("\n");

  // Required wording is the brand's own: a banned word inside it ("…not intended to … cure …") is not a finding.
  const protectedSpans = new Map(fields.map(([field, text]) => [field, profile.disclaimers.flatMap((d) => spansOf(d.text, text))]));
  for (const rule of profile.bannedTerms) {
    const pattern = termPattern(rule.term);
    for (const [field, text] of fields) {
      for (const m of findAll(pattern, text)) {
        if (protectedSpans.get(field)!.some(([start, end]) => m.start >= start && m.end <= end)) continue;
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
    const loose = productVariantPattern(rule.canonical);
    for (const [field, text] of fields) {
      for (const m of findAll(loose, text)) {
        if (!isProductVariant(m.text, rule.canonical)) continue;
        findings.push({
          rule: "product-spelling",
          severity: "error",
          message: `Write the product name as "${rule.canonical}", not "${m.text}".`,
          span: { field, ...m },
          suggestion: rule.canonical,
          source: rule.source,
        });
      }
    }
  }

  // Style rules from the guide are the brand's rules: errors, each with the passage that states it.
  const { formatting } = profile;
  const sourceOf = (rule: keyof NonNullable<typeof formatting.sources>) => formatting.sources?.[rule] ?? formatting.source;
  if (formatting.maxExclamations !== undefined && formatting.maxExclamations !== null) {
    const marks = fields.flatMap(([field, text]) => findAll(/!/g, text).map((m) => ({ field, m })));
    for (const { field, m } of marks.slice(formatting.maxExclamations)) {
      findings.push({
        rule: "exclamation-limit",
        severity: "error",
        message: formatting.maxExclamations === 0 ? "The brand does not use exclamation marks." : `The brand allows at most ${formatting.maxExclamations} exclamation mark${formatting.maxExclamations === 1 ? "" : "s"} per piece.`,
        span: { field, ...m },
        source: sourceOf("maxExclamations"),
      });
    }
  }
  if (formatting.noExclamationInSubject) {
    for (const [field, text] of fields) {
      if (field !== "subject") continue;
      for (const m of findAll(/!/g, text)) {
        findings.push({ rule: "subject-exclamation", severity: "error", message: "The brand never puts an exclamation mark in a subject line.", span: { field, ...m }, source: sourceOf("noExclamationInSubject") });
      }
    }
  }
  if (formatting.allowEmoji === false) {
    for (const [field, text] of fields) {
      for (const m of findAll(/\p{Extended_Pictographic}/gu, text)) {
        findings.push({ rule: "no-emoji", severity: "error", message: "The brand does not use emoji.", span: { field, ...m }, source: sourceOf("allowEmoji") });
      }
    }
  }
  if (formatting.signOff) {
    const body = fields.find(([field]) => field === "body")?.[1] ?? "";
    if (!normalize(body.slice(-1500)).includes(normalize(formatting.signOff))) {
      findings.push({
        rule: "sign-off",
        severity: "warning",
        message: `End with the brand's sign-off: "${formatting.signOff}".`,
        span: null,
        suggestion: formatting.signOff,
        source: sourceOf("signOff"),
      });
    }
  }
  return findings;
}

/** Where `needle` occurs in `text`, allowing any whitespace between its words (case-insensitive). */
function spansOf(needle: string, text: string): [number, number][] {
  const words = needle.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]").replace(/["“”]/g, '["“”]'));
  if (!words.length) return [];
  return findAll(new RegExp(words.join("\\s+"), "gi"), text).map((m) => [m.start, m.end]);
}

/** Case, spacing, curly quotes, dashes and ™/® aside, with a closing full stop optional. */
function normalize(text: string): string {
  return normaliseForMatch(text).replace(/[.]+$/, "");
}
