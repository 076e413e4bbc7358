/** The compliance engine's vocabulary: what it checks, and what it reports. */

/** Where a profile item came from: the guide, its section or page, the quoted passage. */
export interface SourceRef {
  guideId?: string;
  documentName?: string;
  section?: string;
  page?: number;
  quote?: string;
  /** Found word for word in the guide text. */
  verified?: boolean;
  /** Who accepted the item when the guide did not back it by itself. */
  acceptedBy?: string;
  acceptedAt?: string;
}

export interface TermRule {
  term: string;
  /** What to write instead (banned terms). */
  replacement?: string;
  source?: SourceRef;
}

export interface SpellingRule {
  /** The one right spelling, e.g. "PowerBrew X2". */
  canonical: string;
  source?: SourceRef;
}

export interface DisclaimerRule {
  text: string;
  source?: SourceRef;
}

export interface FormattingRules {
  /** Most exclamation marks allowed in a piece (null: no rule). */
  maxExclamations?: number | null;
  allowEmoji?: boolean;
  /** A required sign-off, e.g. "The Northwind team". */
  signOff?: string | null;
  /** No words in ALL CAPS. */
  noAllCaps?: boolean;
  /** No exclamation mark in the subject line. */
  noExclamationInSubject?: boolean;
  /** Where the guide states each rule. */
  sources?: Partial<Record<"maxExclamations" | "allowEmoji" | "signOff" | "noAllCaps" | "noExclamationInSubject", SourceRef>>;
  source?: SourceRef;
}

/** The checkable part of a brand profile. */
export interface ComplianceProfile {
  bannedTerms: TermRule[];
  requiredTerms: TermRule[];
  disclaimers: DisclaimerRule[];
  productSpellings: SpellingRule[];
  formatting: FormattingRules;
}

export const EMPTY_PROFILE: ComplianceProfile = { bannedTerms: [], requiredTerms: [], disclaimers: [], productSpellings: [], formatting: {} };

export type CopyField = "subject" | "preheader" | "body";

export interface CopyInput {
  subject?: string;
  preheader?: string;
  body: string;
  /** Emails need an unsubscribe placeholder; other copy does not. */
  kind?: "email" | "text";
}

export type Severity = "error" | "warning" | "info";

export interface Span {
  field: CopyField;
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  span: Span | null;
  suggestion?: string;
  source?: SourceRef;
}

export interface ComplianceReport {
  score: number;
  findings: Finding[];
  counts: Record<Severity, number>;
  readingGrade: number | null;
}
