/** A profile with nothing in it (no schema library: the brand page starts from it on first paint). */
import type { BrandProfile } from "./brand-profile";

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
