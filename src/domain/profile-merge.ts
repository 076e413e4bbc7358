/**
 * A profile read again from the guides keeps what people decided: items
 * they added or accepted stay, items they removed or rejected do not come
 * back, formatting rules they set by hand win. Accepting a proposal records
 * who did it.
 */
import type { BrandProfile, PendingItem, ProposableField, StyleRuleName } from "./brand-profile";
import { STYLE_RULES } from "./brand-profile";
import type { SourceRef } from "./compliance/types";
import { itemId } from "./profile-verification";

type ListField = Exclude<ProposableField, StyleRuleName>;
const LIST_FIELDS: readonly ListField[] = ["bannedTerms", "preferredTerms", "productSpellings", "requiredDisclaimers", "voiceTraits", "toneDos", "toneDonts"];

/** The text that identifies an item of a list field. */
export function itemValue(field: ListField, item: Record<string, unknown>): string {
  switch (field) {
    case "bannedTerms":
    case "preferredTerms":
      return String(item.term);
    case "productSpellings":
      return String(item.name);
    case "voiceTraits":
      return String(item.trait);
    default:
      return String(item.text);
  }
}

function items(profile: BrandProfile, field: ListField): Record<string, unknown>[] {
  return profile[field] as unknown as Record<string, unknown>[];
}

/** Put there by a person (typed in, accepted, or added from an uncovered passage), not read from a guide. */
function byPerson(item: Record<string, unknown>): boolean {
  const source = item.source as SourceRef | null;
  return !source || !source.guideId || !!source.acceptedBy;
}

export function mergeReading(previous: BrandProfile | null, read: BrandProfile): BrandProfile {
  if (!previous) return read;
  const dismissed = new Set(previous.dismissed ?? []);
  const merged: BrandProfile = { ...read, dismissed: [...dismissed] };
  for (const field of LIST_FIELDS) {
    const fromGuides = items(read, field).filter((i) => !dismissed.has(itemId(field, itemValue(field, i))));
    const ids = new Set(fromGuides.map((i) => itemId(field, itemValue(field, i))));
    const kept = items(previous, field).filter((i) => byPerson(i) && !ids.has(itemId(field, itemValue(field, i))));
    (merged as Record<string, unknown>)[field] = [...kept, ...fromGuides];
  }
  if (!read.audience.trim()) merged.audience = previous.audience;
  const edited = previous.formatting.edited ?? [];
  const formatting = { ...read.formatting, edited, sources: { ...read.formatting.sources } };
  for (const rule of edited) {
    (formatting as Record<string, unknown>)[rule] = previous.formatting[rule] ?? null;
    delete formatting.sources[rule];
  }
  merged.formatting = formatting;
  const present = new Set(LIST_FIELDS.flatMap((field) => items(merged, field).map((i) => itemId(field, itemValue(field, i)))));
  merged.pending = (read.pending ?? []).filter((p) => !dismissed.has(p.id) && !present.has(p.id));
  return merged;
}

/** What a person's save changed: items read from a guide that they removed, and formatting rules they set. */
export function recordEdits(previous: BrandProfile | null, next: BrandProfile): BrandProfile {
  if (!previous) return next;
  const dismissed = new Set([...(previous.dismissed ?? []), ...(next.dismissed ?? [])]);
  for (const field of LIST_FIELDS) {
    const kept = new Set(items(next, field).map((i) => itemId(field, itemValue(field, i))));
    for (const item of items(previous, field)) {
      const id = itemId(field, itemValue(field, item));
      if (!byPerson(item) && !kept.has(id)) dismissed.add(id);
    }
  }
  const edited = new Set(previous.formatting.edited ?? []);
  for (const rule of STYLE_RULES) if ((previous.formatting[rule] ?? null) !== (next.formatting[rule] ?? null)) edited.add(rule);
  return { ...next, pending: next.pending ?? previous.pending, dismissed: [...dismissed], formatting: { ...next.formatting, sources: next.formatting.sources ?? previous.formatting.sources, edited: [...edited] } };
}

export interface Decider {
  name: string;
  at: string;
}

/** Adds an item to its field with the decider on its source; used for accepted proposals and uncovered passages. */
export function addItem(profile: BrandProfile, item: Pick<PendingItem, "field" | "value" | "replacement" | "source">, by: Decider): BrandProfile {
  const source: SourceRef = { ...(item.source ?? {}), acceptedBy: by.name, acceptedAt: by.at };
  const next: BrandProfile = { ...profile, formatting: { ...profile.formatting, sources: { ...profile.formatting.sources } } };
  switch (item.field) {
    case "bannedTerms":
      next.bannedTerms = [...profile.bannedTerms.filter((b) => itemId("bannedTerms", b.term) !== itemId("bannedTerms", item.value)), { term: item.value, replacement: item.replacement ?? null, source }];
      break;
    case "preferredTerms":
      next.preferredTerms = [...profile.preferredTerms, { term: item.value, source }];
      break;
    case "productSpellings":
      next.productSpellings = [...profile.productSpellings, { name: item.value, source }];
      break;
    case "requiredDisclaimers":
      next.requiredDisclaimers = [...profile.requiredDisclaimers, { text: item.value, source }];
      break;
    case "voiceTraits":
      next.voiceTraits = [...profile.voiceTraits, { trait: item.value.slice(0, 80), source }];
      break;
    case "toneDos":
      next.toneDos = [...profile.toneDos, { text: item.value.slice(0, 300), source }];
      break;
    case "toneDonts":
      next.toneDonts = [...profile.toneDonts, { text: item.value.slice(0, 300), source }];
      break;
    case "maxExclamations":
      next.formatting.maxExclamations = Math.max(0, Math.min(10, Number.parseInt(item.value, 10) || 0));
      next.formatting.sources![item.field] = source;
      break;
    case "allowEmoji":
    case "noAllCaps":
    case "noExclamationInSubject":
      next.formatting[item.field] = item.value === "true";
      next.formatting.sources![item.field] = source;
      break;
    case "signOff":
      next.formatting.signOff = item.value.slice(0, 120);
      next.formatting.sources!.signOff = source;
      break;
  }
  next.pending = (profile.pending ?? []).filter((p) => p.id !== itemId(item.field, item.value));
  return next;
}

export function rejectItem(profile: BrandProfile, id: string): BrandProfile {
  return { ...profile, pending: (profile.pending ?? []).filter((p) => p.id !== id), dismissed: [...new Set([...(profile.dismissed ?? []), id])] };
}
