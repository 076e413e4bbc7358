/** Rules every marketing email should pass, whatever the brand. */
import { findAll, readingGrade, termPattern } from "./text";
import type { CopyField, CopyInput, Finding } from "./types";

export const SUBJECT_MAX = 60;
export const PREHEADER_MIN = 40;
export const PREHEADER_MAX = 130;
export const READING_GRADE_MAX = 9;

/** Phrases that mail filters and readers treat as spam. */
export const SPAM_PHRASES = [
  "act now", "buy now", "click here", "limited time", "once in a lifetime", "risk free", "risk-free", "100% free",
  "no obligation", "winner", "you have been selected", "cash bonus", "earn money", "double your", "urgent",
  "order now", "apply now", "special promotion", "exclusive deal", "no catch",
];

/** Claims a brand cannot back up in an email. */
export const UNVERIFIABLE_CLAIMS = ["guaranteed", "guarantee", "#1", "number one", "best in the world", "world's best", "clinically proven", "100%", "never fails", "miracle"];

const UNSUBSCRIBE = /\{\{\s*unsubscribe[^}]*\}\}|\[unsubscribe\]|%unsubscribe%|\*\|unsub\|\*/i;

export function emailFindings(input: CopyInput, fields: [CopyField, string][]): Finding[] {
  const findings: Finding[] = [];
  const isEmail = (input.kind ?? "email") === "email";

  if (isEmail) {
    const subject = input.subject?.trim() ?? "";
    if (!subject) findings.push({ rule: "subject-missing", severity: "error", message: "Add a subject line.", span: null });
    else if (subject.length > SUBJECT_MAX) {
      findings.push({
        rule: "subject-length",
        severity: "warning",
        message: `The subject has ${subject.length} characters; inboxes cut it after about ${SUBJECT_MAX}.`,
        span: { field: "subject", start: SUBJECT_MAX, end: subject.length, text: subject.slice(SUBJECT_MAX) },
      });
    }
    const preheader = input.preheader?.trim() ?? "";
    if (!preheader) findings.push({ rule: "preheader-missing", severity: "warning", message: "Add a preheader: inboxes show it next to the subject.", span: null });
    else if (preheader.length < PREHEADER_MIN || preheader.length > PREHEADER_MAX) {
      findings.push({
        rule: "preheader-length",
        severity: "info",
        message: `The preheader has ${preheader.length} characters; ${PREHEADER_MIN}–${PREHEADER_MAX} show best.`,
        span: null,
      });
    }
    if (!UNSUBSCRIBE.test(input.body)) {
      findings.push({ rule: "unsubscribe-missing", severity: "error", message: "Add the {{unsubscribe}} placeholder: every marketing email needs a way out.", span: null });
    }
  }

  for (const [field, text] of fields) {
    for (const phrase of SPAM_PHRASES) {
      for (const m of findAll(termPattern(phrase, false), text)) {
        findings.push({ rule: "spam-phrase", severity: "warning", message: `"${m.text}" reads like spam to filters and people.`, span: { field, ...m } });
      }
    }
    for (const claim of UNVERIFIABLE_CLAIMS) {
      const pattern = /^[\p{L}\s']+$/u.test(claim) ? termPattern(claim, false) : new RegExp(claim.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
      for (const m of findAll(pattern, text)) {
        findings.push({ rule: "unverifiable-claim", severity: "warning", message: `"${m.text}" is a claim you would have to prove; say what is actually true.`, span: { field, ...m } });
      }
    }
    for (const m of findAll(/(?<![\p{L}\p{N}])\p{Lu}{5,}(?![\p{L}\p{N}])|(?:(?<![\p{L}\p{N}])\p{Lu}{2,}(?:\s+|$)){3,}/gu, text)) {
      findings.push({ rule: "all-caps", severity: "warning", message: "Avoid ALL CAPS; it reads as shouting.", span: { field, ...m, text: m.text.trimEnd(), end: m.start + m.text.trimEnd().length } });
    }
    for (const m of findAll(/[!?]{2,}/g, text)) {
      findings.push({ rule: "exclamation-run", severity: "warning", message: "Use one punctuation mark, not a run.", span: { field, ...m } });
    }
    for (const m of findAll(/\bhttps?:\/\/[^\s<>"')\]]*|\bwww\.[^\s<>"')\]]+/gi, text)) {
      const url = m.text.replace(/[.,;:!?]+$/, "");
      const span = { field, start: m.start, end: m.start + url.length, text: url };
      if (url.startsWith("www.") || url.toLowerCase().startsWith("http://")) {
        findings.push({ rule: "insecure-link", severity: "warning", message: `Link with https:// — "${url}" is not secure.`, span, suggestion: url.replace(/^(http:\/\/)?/i, "https://") });
        continue;
      }
      if (!isValidUrl(url)) findings.push({ rule: "broken-link", severity: "error", message: `"${url}" is not a valid link.`, span });
    }
  }

  const grade = readingGrade(input.body);
  if (grade !== null && grade > READING_GRADE_MAX) {
    findings.push({ rule: "reading-level", severity: "info", message: `The body reads at grade ${grade}; aim for ${READING_GRADE_MAX} or below with shorter sentences and words.`, span: null });
  }
  return findings;
}

function isValidUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(url.hostname);
  } catch {
    return false;
  }
}
