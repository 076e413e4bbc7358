/**
 * Segments: rules over customer attributes and behaviour, all of which must
 * hold. The server turns them into SQL; here they are checked and described.
 */
import { z } from "zod";

export { describeRule } from "./segment-words";

const days = z
  .number("Give the number of days.")
  .int("Count whole days.")
  .min(1, "Count at least one day.")
  .max(3650, "Look back at most ten years (3,650 days).");

export const SegmentRule = z.discriminatedUnion("type", [
  z.object({ type: z.literal("attribute"), key: z.string().trim().min(1, "Name the attribute.").max(60), op: z.enum(["equals", "contains"]), value: z.string().trim().min(1, "Give the attribute's value.").max(200) }),
  z.object({ type: z.literal("bought_category"), category: z.string().trim().min(1, "Pick a category.").max(120), days }),
  z.object({ type: z.literal("spend_over"), amount: z.number("Give the amount as a number.").min(0, "Spend cannot be negative.").max(10_000_000, "Keep the amount under 10,000,000."), days }),
  z.object({ type: z.literal("never_purchased") }),
  z.object({ type: z.literal("active_within"), days }),
]);
export type SegmentRule = z.infer<typeof SegmentRule>;

export const SegmentRules = z.object({ all: z.array(SegmentRule).max(10, "Use at most ten rules.") });
export type SegmentRules = z.infer<typeof SegmentRules>;

