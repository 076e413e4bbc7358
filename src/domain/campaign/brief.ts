/**
 * The campaign brief: what a marketer asks for. Each campaign type pre-fills
 * sensible fields; validation messages say what to fix.
 */
import { z } from "zod";

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

const httpUrl = (what: string) =>
  z
    .string()
    .trim()
    .max(2_000, `The ${what} is too long.`)
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === "https:" || url.protocol === "http:";
      } catch {
        return false;
      }
    }, `The ${what} must be a full web address starting with https:// (or http://).`);

export const BriefProduct = z.object({
  name: z.string().trim().min(1, "Give each product a name.").max(120, "Product names are at most 120 characters."),
  url: httpUrl("product link").or(z.literal("")).default(""),
  price: z.string().trim().max(40, "Write the price in at most 40 characters, e.g. €24.90.").default(""),
  // Long facts are fine up to what the model's context holds; briefTooLong() says when the whole brief is too much.
  facts: z.string().trim().max(4_000, "Keep product facts under 4,000 characters.").default(""),
});
export type BriefProduct = z.infer<typeof BriefProduct>;

export const Brief = z.object({
  name: z.string().trim().min(1, "Name the campaign.").max(120, "Campaign names are at most 120 characters."),
  type: z.enum(CAMPAIGN_TYPES, "Pick a campaign type."),
  goal: z.string().trim().min(1, "Say what the email should achieve.").max(500, "Keep the goal under 500 characters."),
  audience: z.string().trim().min(1, "Say who will receive it.").max(500, "Keep the audience under 500 characters."),
  offer: z.string().trim().max(300, "Keep the offer under 300 characters.").default(""),
  keyMessage: z.string().trim().min(1, "Write the one thing readers should take away.").max(20_000, "Keep the key message under 20,000 characters."),
  products: z.array(BriefProduct).max(6, "Feature at most 6 products in one email.").default([]),
  tones: z.array(z.enum(TONES)).max(3, "Pick at most three tones.").default([]),
  ctaText: z.string().trim().min(1, "Write the button text, e.g. “Shop the collection”.").max(40, "Button text is at most 40 characters."),
  ctaUrl: httpUrl("button link"),
  length: z.enum(LENGTHS).default("medium"),
  sendDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Pick a send date, or leave it empty.")
    .or(z.literal(""))
    .default(""),
  variants: z.number().int("Ask for a whole number of variants.").min(1, "Ask for at least one variant.").max(MAX_VARIANTS, `Ask for at most ${MAX_VARIANTS} variants at a time.`),
});
export type Brief = z.infer<typeof Brief>;
export type BriefInput = z.input<typeof Brief>;

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
