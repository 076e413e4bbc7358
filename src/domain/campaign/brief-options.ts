/**
 * The brief's choices, their labels and presets, and the checks the form runs
 * as people type. No schema library here: the campaign pages load this module
 * on first paint, and the schema (`./brief`) only when a brief is submitted.
 */
import type { Brief } from "./brief";

export const CAMPAIGN_TYPES = ["launch", "promotion", "newsletter", "win_back", "abandoned_cart", "event"] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

export const CAMPAIGN_TYPE_LABELS: Record<CampaignType, string> = {
  launch: "Launch",
  promotion: "Promotion",
  newsletter: "Newsletter",
  win_back: "Win-back",
  abandoned_cart: "Abandoned cart",
  event: "Event",
};

export const TONES = ["warm", "confident", "playful", "calm", "formal", "witty", "inspiring", "urgent"] as const;
export type Tone = (typeof TONES)[number];

export const LENGTHS = ["short", "medium", "long"] as const;
export type EmailLength = (typeof LENGTHS)[number];

/** Words of body copy each length asks the model for. */
export const LENGTH_WORDS: Record<EmailLength, { min: number; max: number }> = {
  short: { min: 60, max: 120 },
  medium: { min: 120, max: 220 },
  long: { min: 220, max: 350 },
};

export const MAX_VARIANTS = 10;

/** What choosing a type fills in; the marketer edits from there. */
export const TYPE_PRESETS: Record<CampaignType, Pick<Brief, "goal" | "tones" | "ctaText" | "length"> & { keyMessageHint: string }> = {
  launch: {
    goal: "Introduce the new product and get subscribers to take a first look.",
    tones: ["confident", "inspiring"],
    ctaText: "See what's new",
    length: "medium",
    keyMessageHint: "What is new, and why it matters to the reader",
  },
  promotion: {
    goal: "Drive purchases during the promotion window.",
    tones: ["warm", "confident"],
    ctaText: "Shop the offer",
    length: "short",
    keyMessageHint: "The offer, who it is for, and when it ends",
  },
  newsletter: {
    goal: "Keep subscribers engaged with useful news and stories.",
    tones: ["warm", "calm"],
    ctaText: "Read more",
    length: "long",
    keyMessageHint: "The stories or tips in this issue",
  },
  win_back: {
    goal: "Bring lapsed customers back for another purchase.",
    tones: ["warm", "playful"],
    ctaText: "Come take a look",
    length: "short",
    keyMessageHint: "What changed since they last visited, and a reason to return",
  },
  abandoned_cart: {
    goal: "Remind shoppers of what they left in their cart and help them finish checking out.",
    tones: ["calm", "warm"],
    ctaText: "Return to your cart",
    length: "short",
    keyMessageHint: "What they left behind and any reassurance (delivery, returns)",
  },
  event: {
    goal: "Get registrations for the event.",
    tones: ["inspiring", "warm"],
    ctaText: "Save your seat",
    length: "medium",
    keyMessageHint: "What the event is, when and where, and why to come",
  },
};

/** A send date in the past is a mistake; today is fine. `today` is YYYY-MM-DD. */
export function sendDateProblem(sendDate: string, today: string): string | null {
  if (!sendDate) return null;
  const parsed = new Date(`${sendDate}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return "That send date is not a real date.";
  return sendDate < today ? "The send date is in the past; pick today or a later day, or leave it empty." : null;
}
