/**
 * The campaign brief: what a marketer asks for. Each campaign type pre-fills
 * sensible fields; validation messages say what to fix.
 */
import { z } from "zod";
import { CAMPAIGN_TYPES, LENGTHS, MAX_VARIANTS, TONES } from "./brief-options";

export * from "./brief-options";

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
