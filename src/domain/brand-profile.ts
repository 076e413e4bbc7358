/**
 * The brand profile: what Brandsmith knows about a tenant's voice and rules,
 * each item traced to the guide passage it came from. The extraction schema
 * is what the model fills (sources as passage numbers); the stored profile
 * resolves them to documents, sections, pages and quotes.
 */
import { z } from "zod";
import type { ComplianceProfile, SourceRef } from "./compliance/types";

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
  }),
});
export type ProfileExtraction = z.infer<typeof ProfileExtraction>;

const source = z
  .object({ guideId: z.string().optional(), documentName: z.string().optional(), section: z.string().optional(), page: z.number().int().optional(), quote: z.string().max(300).optional() })
  .nullable();

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
  formatting: z.object({ maxExclamations: z.number().int().min(0).max(10).nullable(), allowEmoji: z.boolean().nullable(), signOff: z.string().max(120).nullable() }),
});
export type BrandProfile = z.infer<typeof BrandProfile>;

export const EMPTY_BRAND_PROFILE: BrandProfile = {
  voiceTraits: [],
  audience: "",
  toneDos: [],
  toneDonts: [],
  preferredTerms: [],
  bannedTerms: [],
  requiredDisclaimers: [],
  productSpellings: [],
  formatting: { maxExclamations: null, allowEmoji: null, signOff: null },
};

export interface PassageRef {
  guideId: string;
  documentName: string;
  section: string;
  page: number | null;
}

/** Turns passage numbers into sources; an item citing a passage that does not exist keeps no source rather than a wrong one. */
export function resolveExtraction(extraction: ProfileExtraction, passages: readonly PassageRef[]): BrandProfile {
  const src = (s: { passage: number; quote: string }): SourceRef | null => {
    const p = passages[s.passage];
    return p ? { guideId: p.guideId, documentName: p.documentName, section: p.section || undefined, page: p.page ?? undefined, quote: s.quote } : null;
  };
  return {
    voiceTraits: extraction.voiceTraits.map((i) => ({ trait: i.trait, source: src(i.source) })),
    audience: extraction.audience,
    toneDos: extraction.toneDos.map((i) => ({ text: i.text, source: src(i.source) })),
    toneDonts: extraction.toneDonts.map((i) => ({ text: i.text, source: src(i.source) })),
    preferredTerms: extraction.preferredTerms.map((i) => ({ term: i.term, source: src(i.source) })),
    bannedTerms: extraction.bannedTerms.map((i) => ({ term: i.term, replacement: i.replacement, source: src(i.source) })),
    requiredDisclaimers: extraction.requiredDisclaimers.map((i) => ({ text: i.text, source: src(i.source) })),
    productSpellings: extraction.productSpellings.map((i) => ({ name: i.name, source: src(i.source) })),
    formatting: extraction.formatting,
  };
}

export function toComplianceProfile(profile: BrandProfile): ComplianceProfile {
  const s = (source: SourceRef | null) => source ?? undefined;
  return {
    bannedTerms: profile.bannedTerms.map((b) => ({ term: b.term, replacement: b.replacement ?? undefined, source: s(b.source) })),
    // Preferred terms guide the model; they are not required in every piece of copy.
    requiredTerms: [],
    disclaimers: profile.requiredDisclaimers.map((d) => ({ text: d.text, source: s(d.source) })),
    productSpellings: profile.productSpellings.map((p) => ({ canonical: p.name, source: s(p.source) })),
    formatting: { maxExclamations: profile.formatting.maxExclamations, allowEmoji: profile.formatting.allowEmoji ?? undefined, signOff: profile.formatting.signOff },
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
  if (profile.formatting.allowEmoji === false) lines.push("Do not use emoji.");
  if (profile.formatting.signOff) lines.push(`Sign off with: ${profile.formatting.signOff}`);
  lines.push("Never invent prices, product features, statistics or claims that you were not given.", "When asked for JSON, answer with JSON only.");
  return lines.join("\n");
}
