/**
 * The brand profile: what Brandsmith knows about a tenant's voice and rules,
 * each item traced to the guide passage it came from. The extraction schema
 * is what the model fills (sources as passage numbers); the stored profile
 * resolves them to documents, sections, pages and quotes.
 */
import { z } from "zod";
import type { ComplianceProfile, SourceRef } from "./compliance/types";

/** The formatting rules a guide can state, each checked with its source. */
export const STYLE_RULES = ["maxExclamations", "allowEmoji", "signOff", "noAllCaps", "noExclamationInSubject"] as const;
export type StyleRuleName = (typeof STYLE_RULES)[number];

const passage = z.object({
  passage: z.number().int().min(0).describe("The number of the passage this comes from, as given in the prompt."),
  quote: z.string().max(300).describe("The exact words from that passage."),
});

export const ProfileExtraction = z.object({
  voiceTraits: z.array(z.object({ trait: z.string().min(1).max(80), source: passage })).max(12),
  audience: z.string().max(500),
  toneDos: z.array(z.object({ text: z.string().min(1).max(300), source: passage })).max(20),
  toneDonts: z.array(z.object({ text: z.string().min(1).max(300), source: passage })).max(20),
  preferredTerms: z.array(z.object({ term: z.string().min(1).max(80), source: passage })).max(40),
  bannedTerms: z.array(z.object({ term: z.string().min(1).max(80), replacement: z.string().max(80).nullable(), source: passage })).max(60),
  requiredDisclaimers: z.array(z.object({ text: z.string().min(1).max(500), source: passage })).max(10),
  productSpellings: z.array(z.object({ name: z.string().min(1).max(80), source: passage })).max(40),
  formatting: z.object({
    maxExclamations: z.number().int().min(0).max(10).nullable(),
    allowEmoji: z.boolean().nullable(),
    signOff: z.string().max(120).nullable(),
    noAllCaps: z.boolean().nullable().default(null).describe("True when the guide forbids words in ALL CAPS."),
    noExclamationInSubject: z.boolean().nullable().default(null).describe("True when the guide forbids exclamation marks in subject lines."),
  }),
  styleSources: z
    .array(z.object({ rule: z.enum(STYLE_RULES), source: passage }))
    .max(10)
    .default([])
    .describe("For each formatting rule you set, the passage and exact words that state it."),
});
export type ProfileExtraction = z.infer<typeof ProfileExtraction>;

const sourceRef = z.object({
  guideId: z.string().optional(),
  documentName: z.string().optional(),
  section: z.string().optional(),
  page: z.number().int().optional(),
  quote: z.string().max(300).optional(),
  /** Found in the guide text by the verifier (model items are checked; builtin items quote the guide). */
  verified: z.boolean().optional(),
  /** A person accepted the item from "Needs a look" or added it from an uncovered passage. */
  acceptedBy: z.string().max(200).optional(),
  acceptedAt: z.string().max(40).optional(),
});
const source = sourceRef.nullable();

/** Fields a profile item can be proposed for. */
export const PROPOSABLE_FIELDS = ["bannedTerms", "preferredTerms", "productSpellings", "requiredDisclaimers", "voiceTraits", "toneDos", "toneDonts", ...STYLE_RULES] as const;
export type ProposableField = (typeof PROPOSABLE_FIELDS)[number];

/** An item a model proposed that the guide text does not back, waiting for a person's decision. */
export const PendingItem = z.object({
  id: z.string().max(600),
  field: z.enum(PROPOSABLE_FIELDS),
  value: z.string().max(500),
  replacement: z.string().max(80).nullable().optional(),
  source: source,
  reason: z.string().max(300),
});
export type PendingItem = z.infer<typeof PendingItem>;

/** The stored, editable profile. */
export const BrandProfile = z.object({
  voiceTraits: z.array(z.object({ trait: z.string().trim().min(1, "A voice trait cannot be empty.").max(80), source })),
  audience: z.string().max(500),
  toneDos: z.array(z.object({ text: z.string().trim().min(1, "A do cannot be empty.").max(300), source })),
  toneDonts: z.array(z.object({ text: z.string().trim().min(1, "A don't cannot be empty.").max(300), source })),
  preferredTerms: z.array(z.object({ term: z.string().trim().min(1, "A preferred term cannot be empty.").max(80), source })),
  bannedTerms: z.array(z.object({ term: z.string().trim().min(1, "A banned term cannot be empty.").max(80), replacement: z.string().max(80).nullable(), source })),
  requiredDisclaimers: z.array(z.object({ text: z.string().trim().min(1, "A disclaimer cannot be empty.").max(500), source })),
  productSpellings: z.array(z.object({ name: z.string().trim().min(1, "A product name cannot be empty.").max(80), source })),
  formatting: z.object({
    maxExclamations: z.number().int().min(0).max(10).nullable(),
    allowEmoji: z.boolean().nullable(),
    signOff: z.string().max(120).nullable(),
    noAllCaps: z.boolean().nullable().optional(),
    noExclamationInSubject: z.boolean().nullable().optional(),
    /** Where each formatting rule was found. */
    sources: z.partialRecord(z.enum(STYLE_RULES), sourceRef).optional(),
    /** Rules a person set by hand: re-reading the guides keeps them. */
    edited: z.array(z.enum(STYLE_RULES)).optional(),
  }),
  /** Model proposals the guide does not back: shown under "Needs a look", never applied until accepted. */
  pending: z.array(PendingItem).max(200).optional(),
  /** Ids of items a person rejected or removed: re-reading the guides does not bring them back. */
  dismissed: z.array(z.string().max(600)).max(2000).optional(),
});
export type BrandProfile = z.infer<typeof BrandProfile>;

export { EMPTY_BRAND_PROFILE } from "./brand-profile-empty";

export function toComplianceProfile(profile: BrandProfile): ComplianceProfile {
  const s = (source: SourceRef | null) => source ?? undefined;
  return {
    bannedTerms: profile.bannedTerms.map((b) => ({ term: b.term, replacement: b.replacement ?? undefined, source: s(b.source) })),
    // Preferred terms guide the model; they are not required in every piece of copy.
    requiredTerms: [],
    disclaimers: profile.requiredDisclaimers.map((d) => ({ text: d.text, source: s(d.source) })),
    productSpellings: profile.productSpellings.map((p) => ({ canonical: p.name, source: s(p.source) })),
    formatting: {
      maxExclamations: profile.formatting.maxExclamations,
      allowEmoji: profile.formatting.allowEmoji ?? undefined,
      signOff: profile.formatting.signOff,
      noAllCaps: profile.formatting.noAllCaps ?? undefined,
      noExclamationInSubject: profile.formatting.noExclamationInSubject ?? undefined,
      sources: profile.formatting.sources,
    },
  };
}

/** The tenant model's system prompt, written from the profile. */
export function systemPromptFromProfile(tenantName: string, profile: BrandProfile): string {
  const lines = [`You write marketing copy for ${tenantName}.`];
  if (profile.voiceTraits.length) lines.push(`Voice: ${profile.voiceTraits.map((v) => v.trait).join(", ")}.`);
  if (profile.audience.trim()) lines.push(`Audience: ${profile.audience.trim()}`);
  for (const d of profile.toneDos) lines.push(`Do: ${d.text}`);
  for (const d of profile.toneDonts) lines.push(`Don't: ${d.text}`);
  if (profile.preferredTerms.length) lines.push(`Prefer these words: ${profile.preferredTerms.map((t) => t.term).join(", ")}.`);
  for (const b of profile.bannedTerms) lines.push(`Never write "${b.term}"${b.replacement ? `; write "${b.replacement}" instead` : ""}.`);
  if (profile.productSpellings.length) lines.push(`Spell product names exactly: ${profile.productSpellings.map((p) => p.name).join(", ")}.`);
  for (const d of profile.requiredDisclaimers) lines.push(`Include this disclaimer where it applies: "${d.text}"`);
  if (profile.formatting.maxExclamations !== null) lines.push(`Use at most ${profile.formatting.maxExclamations} exclamation mark(s).`);
  if (profile.formatting.noExclamationInSubject) lines.push("Never put an exclamation mark in the subject line.");
  if (profile.formatting.allowEmoji === false) lines.push("Do not use emoji.");
  if (profile.formatting.noAllCaps) lines.push("Never write words in ALL CAPS.");
  if (profile.formatting.signOff) lines.push(`Sign off with: ${profile.formatting.signOff}`);
  lines.push("Never invent prices, product features, statistics or claims that you were not given.", "When asked for JSON, answer with JSON only.");
  return lines.join("\n");
}
