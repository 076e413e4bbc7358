/**
 * The email model: what the model writes (ModelEmail: words only, no links,
 * so it cannot invent URLs or prices), and what is stored, edited and
 * rendered (EmailContent: the same words plus the links and facts the brief
 * and catalog supply).
 */
import { z } from "zod";
import type { Brief, BriefProduct } from "../campaign/brief";
import { canonicaliseProductNames } from "../compliance/text";
import type { CopyInput } from "../compliance/types";

const words = (max: number, what: string) => z.string().trim().min(1, `${what} cannot be empty.`).max(max, `${what} is at most ${max} characters.`);

export const ModelBlock = z.discriminatedUnion("type", [
  z.object({ type: z.literal("heading"), text: words(120, "A heading") }),
  z.object({ type: z.literal("paragraph"), text: words(1_200, "A paragraph") }),
  z.object({ type: z.literal("bullets"), items: z.array(words(200, "A bullet")).min(1).max(8) }),
  z.object({
    type: z.literal("product"),
    product: words(120, "The product name").describe("The product's name exactly as given in the brief."),
    blurb: words(400, "A product blurb"),
  }),
]);

/** The structured output asked of the model. */
export const ModelEmail = z.object({
  subject: words(150, "The subject"),
  subjectAlternatives: z.array(words(150, "An alternative subject")).min(2).max(2).describe("Two other subject lines, each different in angle."),
  preheader: words(200, "The preheader"),
  blocks: z.array(ModelBlock).min(1).max(14),
  ctaText: words(40, "The button text"),
  signOff: words(120, "The sign-off"),
});
export type ModelEmail = z.infer<typeof ModelEmail>;

const link = z.string().trim().max(2_000).default("");

export const EmailBlock = z.discriminatedUnion("type", [
  z.object({ type: z.literal("heading"), text: words(120, "A heading") }),
  z.object({ type: z.literal("paragraph"), text: words(2_000, "A paragraph") }),
  z.object({ type: z.literal("bullets"), items: z.array(words(300, "A bullet")).min(1, "A list needs at least one item.").max(12) }),
  z.object({
    type: z.literal("product"),
    name: words(120, "The product name"),
    blurb: words(600, "The product blurb"),
    price: z.string().trim().max(40).default(""),
    url: link,
    imageUrl: link,
  }),
  z.object({ type: z.literal("button"), text: words(40, "Button text"), url: link }),
]);
export type EmailBlock = z.infer<typeof EmailBlock>;
export type EmailBlockType = EmailBlock["type"];

/** A draft's content, as stored in each revision and edited in the editor. */
export const EmailContent = z.object({
  subject: words(150, "The subject"),
  subjectAlternatives: z.array(z.string().trim().max(150)).max(4).default([]),
  preheader: z.string().trim().max(200, "The preheader is at most 200 characters.").default(""),
  blocks: z.array(EmailBlock).min(1, "An email needs at least one block.").max(30, "An email has at most 30 blocks."),
  cta: z.object({ text: words(40, "The button text"), url: link }),
  signOff: z.string().trim().max(120).default(""),
  /** Required disclaimers, printed as small print above the footer. */
  // Blank lines (a cleared or half-typed small-print box) are dropped rather than refused.
  legal: z
    .array(z.string().trim().max(500, "A line of small print is at most 500 characters."))
    .max(20)
    .default([])
    .transform((lines) => lines.filter(Boolean))
    .refine((lines) => lines.length <= 10, "Keep the small print to at most 10 lines."),
});
export type EmailContent = z.infer<typeof EmailContent>;

/** The footer's unsubscribe placeholder; the sending tool replaces it. */
export const UNSUBSCRIBE_PLACEHOLDER = "{{unsubscribe_url}}";

/**
 * Turns the model's answer into content: links and prices come from the
 * brief, never from the model; required disclaimers the model left out are
 * added as small print, so a legal line is never missing.
 */
export function contentFromModel(email: ModelEmail, brief: Pick<Brief, "ctaUrl" | "products">, disclaimers: readonly string[], productNames: readonly string[] = []): EmailContent {
  // Product names in the brand's exact form, whatever the model or the brief typed ("stormShell" is "StormShell").
  const exact = (text: string) => (productNames.length ? canonicaliseProductNames(text, productNames) : text);
  const blocks = email.blocks.map((block): EmailBlock => {
    switch (block.type) {
      case "heading":
      case "paragraph":
        return { ...block, text: exact(block.text) };
      case "bullets":
        return { ...block, items: block.items.map(exact) };
      case "product": {
        const product = matchProduct(block.product, brief.products);
        return { type: "product", name: exact(product?.name ?? block.product), blurb: exact(block.blurb), price: product?.price ?? "", url: product?.url ?? "", imageUrl: "" };
      }
    }
  });
  email = { ...email, subject: exact(email.subject), preheader: exact(email.preheader), subjectAlternatives: email.subjectAlternatives.map(exact), ctaText: exact(email.ctaText) };
  const written = normalise([email.subject, email.preheader, ...blocks.flatMap(blockText), email.signOff].join(" "));
  return {
    subject: email.subject,
    subjectAlternatives: email.subjectAlternatives,
    preheader: email.preheader,
    blocks,
    cta: { text: email.ctaText, url: brief.ctaUrl },
    signOff: email.signOff,
    legal: disclaimers.filter((d) => !written.includes(normalise(d))),
  };
}

function matchProduct(name: string, products: readonly BriefProduct[]): BriefProduct | undefined {
  const wanted = normalise(name);
  return products.find((p) => normalise(p.name) === wanted) ?? products.find((p) => wanted.includes(normalise(p.name)) || normalise(p.name).includes(wanted));
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** The words of one block, in reading order. */
export function blockText(block: EmailBlock): string[] {
  switch (block.type) {
    case "heading":
    case "paragraph":
      return [block.text];
    case "bullets":
      return block.items;
    case "product":
      return [block.name, block.blurb, block.price].filter(Boolean);
    case "button":
      return [block.text];
  }
}

/** What the compliance engine reads: the body as a reader meets it, footer included. */
export function complianceInput(content: EmailContent, footer = ""): CopyInput {
  const body = [...content.blocks.flatMap(blockText), content.cta.text, content.signOff, ...content.legal, footer, `Unsubscribe: ${UNSUBSCRIBE_PLACEHOLDER}`]
    .filter((part) => part.trim())
    .join("\n\n");
  return { subject: content.subject, preheader: content.preheader, body, kind: "email" };
}

/** The content in the shape the model writes (for few-shot examples from approved drafts). */
export function modelEmailFromContent(content: EmailContent): ModelEmail {
  return {
    subject: content.subject,
    subjectAlternatives: [...content.subjectAlternatives, content.subject, content.subject].slice(0, 2),
    preheader: content.preheader || content.subject,
    blocks: content.blocks.flatMap((b): ModelEmail["blocks"] => (b.type === "button" ? [] : b.type === "product" ? [{ type: "product", product: b.name, blurb: b.blurb }] : [b])),
    ctaText: content.cta.text,
    signOff: content.signOff || "The team",
  };
}
