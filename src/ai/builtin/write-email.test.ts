import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Brief, CAMPAIGN_TYPES, LENGTHS, TONES } from "@/domain/campaign/brief";
import { checkCopy } from "@/domain/compliance";
import { PREHEADER_MAX, PREHEADER_MIN, SUBJECT_MAX } from "@/domain/compliance/email-rules";
import { termPattern } from "@/domain/compliance/text";
import { ModelEmail, complianceInput, contentFromModel } from "@/domain/email/content";
import { checkQuality } from "@/domain/quality/rubric";
import { qualityCopy } from "@/server/services/draft-quality";
import { sentences, trainLanguageModel, words } from "./language-model";
import { keyMessageForms, writeEmail, type BuiltinRules } from "./write-email";

const TENANTS = [
  {
    name: "Northwind Roasters",
    corpus: "We roast in small batches every Tuesday. Our coffee is warm, honest and never rushed. Every bag names its farm and roast day.",
    rules: { bannedTerms: [{ term: "cheap", replacement: "affordable" }, { term: "amazing", replacement: null }], preferredTerms: ["small batches"], signOff: "The Northwind team", maxExclamations: 1, allowEmoji: false },
    disclaimers: ["Offer valid while stocks last."],
  },
  {
    name: "Ferro Cycles",
    corpus: "Built to ride for decades. Steel frames, hand-brazed in Leeds. We test every bike on real roads before it ships.",
    rules: { bannedTerms: [{ term: "revolutionary", replacement: null }, { term: "best", replacement: "finest" }], preferredTerms: ["steel"], signOff: null, maxExclamations: 0, allowEmoji: false },
    disclaimers: ["Prices include VAT.", "Free returns within 30 days."],
  },
  {
    name: "Lumen Skin",
    corpus: "Gentle skincare with clear ingredient lists. Dermatologist-tested formulas. We never test on animals.",
    rules: { bannedTerms: [{ term: "miracle", replacement: null }, { term: "anti-aging", replacement: "age-care" }], preferredTerms: ["gentle"], signOff: "With care, Lumen", maxExclamations: null, allowEmoji: null },
    disclaimers: ["Results vary from person to person."],
  },
].map((t) => ({ ...t, model: trainLanguageModel([t.corpus]) }));

// Words a brief might use, banned ones among them; no word twice in a phrase, as people write.
const VOCABULARY = [...new Set(["cheap", "amazing", "bright", "floral", "revolutionary", "best", "miracle", "anti-aging", "new", "coffee", "steel", "gentle", "spring", "roast", "bike", "serum", "weekly", "delivery", "handmade", "soft", "our", "the", "for", "with", "every", "morning", "riders", "skin", "season", "beans", "frames", "cream", "small", "batch", "local", "classic", "light", "strong", "city", "home",
  "autumn", "winter", "summer", "harbour", "valley", "garden", "studio", "kitchen", "table", "market", "journey", "trail", "ride", "coast", "river", "mountain",
  "linen", "cotton", "wool", "leather", "cedar", "oak", "copper", "ceramic", "glass", "paper", "honey", "citrus", "vanilla", "cocoa", "ginger", "mint",
  "team", "friends", "family", "neighbours", "makers", "growers", "farmers", "bakers", "brewers", "cyclists", "readers", "travellers",
  "quiet", "fresh", "warm", "crisp", "smooth", "rich", "simple", "careful", "patient", "honest", "open", "careful",
  "weekend", "evening", "holiday", "launch", "return", "visit", "gift", "bundle", "edition", "collection", "series", "refill"])];
const phrase = fc.uniqueArray(fc.constantFrom(...VOCABULARY), { minLength: 2, maxLength: 10 }).map((w) => w.join(" "));
const sentenceOf = phrase.map((p) => `${p.charAt(0).toUpperCase()}${p.slice(1)}.`);

const brief = fc.record({
  name: phrase.map((p) => p.slice(0, 60)),
  type: fc.constantFrom(...CAMPAIGN_TYPES),
  goal: sentenceOf,
  audience: phrase,
  offer: fc.oneof(fc.constant(""), phrase),
  keyMessage: fc.array(sentenceOf, { minLength: 1, maxLength: 4 }).map((s) => s.join(" ")),
  products: fc.array(fc.record({ name: fc.uniqueArray(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 3 }).map((w) => w.join(" ")), url: fc.constant("https://shop.example/p"), price: fc.constantFrom("", "€12", "$30"), facts: fc.oneof(fc.constant(""), fc.array(sentenceOf, { maxLength: 3 }).map((s) => s.join(" "))) }), { maxLength: 3 }),
  tones: fc.uniqueArray(fc.constantFrom(...TONES), { maxLength: 3 }),
  ctaText: fc.constantFrom("Shop now", "Take a look", "Save your seat", "See the cheap deals"),
  ctaUrl: fc.constant("https://shop.example/"),
  length: fc.constantFrom(...LENGTHS),
  sendDate: fc.constant(""),
  variants: fc.integer({ min: 2, max: 5 }),
});

/** Distinct bigrams over all bigrams across a brief's variants. */
function distinct2(texts: string[]): number {
  const all = texts.flatMap((t) => {
    const ws = words(t);
    return ws.slice(1).map((w, i) => `${ws[i]} ${w}`);
  });
  return all.length ? new Set(all).size / all.length : 1;
}

/**
 * The written copy of a variant, for distinct-2: what the model chose. The
 * button text, the brand's sign-off and the catalog's product names are
 * fixed by the brief and the brand, the same in every variant by design.
 */
const copy = (email: ModelEmail) => [email.subject, email.preheader, ...email.blocks.map((b) => (b.type === "bullets" ? b.items.join(" ") : b.type === "product" ? b.blurb : b.text))].join("\n");

const plain = (email: ModelEmail) => [email.subject, email.preheader, ...email.blocks.map((b) => (b.type === "bullets" ? b.items.join(" ") : b.type === "product" ? `${b.product} ${b.blurb}` : b.text)), email.ctaText, email.signOff].join("\n");

describe("the builtin model's emails", () => {
  it("over 1,000 random briefs on three tenants: no banned term, every disclaimer, lengths in range, no slots left, variants that differ", () => {
    let briefs = 0;
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 2), brief, (t, input) => {
        const tenant = TENANTS[t]!;
        const parsed = Brief.parse(input);
        const emails = Array.from({ length: parsed.variants }, (_, i) => writeEmail({ companyName: tenant.name, brief: parsed, variant: i + 1, rules: tenant.rules as BuiltinRules, model: tenant.model }));
        for (const email of emails) {
          expect(ModelEmail.safeParse(email).success).toBe(true);
          const content = contentFromModel(email, parsed, tenant.disclaimers);
          const text = plain(email);
          for (const banned of tenant.rules.bannedTerms) {
            // Product names are the brand's own words and stay as written.
            const outsideProducts = [...parsed.products].sort((a, b) => b.name.length - a.name.length).reduce((s, p) => s.replace(new RegExp(p.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi"), " "), text);
            expect(termPattern(banned.term).test(outsideProducts), `"${banned.term}" in: ${outsideProducts}`).toBe(false);
          }
          const report = checkCopy(complianceInput(content), { bannedTerms: [], requiredTerms: [], disclaimers: tenant.disclaimers.map((d) => ({ text: d })), productSpellings: [], formatting: {} });
          expect(report.findings.filter((f) => f.rule === "missing-disclaimer")).toEqual([]);
          expect(email.subject.length).toBeLessThanOrEqual(SUBJECT_MAX);
          expect(email.preheader.length).toBeGreaterThanOrEqual(PREHEADER_MIN);
          expect(email.preheader.length).toBeLessThanOrEqual(PREHEADER_MAX);
          expect(text).not.toMatch(/\{\w+\}/);
          if (tenant.rules.maxExclamations !== null) expect((text.match(/!/g) ?? []).length).toBeLessThanOrEqual(tenant.rules.maxExclamations);
        }
        // The brief's own sentences (key message, facts) are in every variant by design — nothing is invented —, so what must differ is the writer's wording.
        const facts = [...sentences(parsed.keyMessage), ...parsed.products.flatMap((p) => sentences(p.facts))].map((s) => tenant.rules.bannedTerms.reduce((t, b) => t.replace(termPattern(b.term), ""), s).replace(/\s+/g, " ").trim());
        expect(distinct2(emails.map((e) => facts.reduce((text, fact) => text.split(new RegExp(fact.replace(/[.!?]$/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i")).join(" "), copy(e))))).toBeGreaterThanOrEqual(0.5);
        briefs++;
      }),
      { numRuns: 1_000, seed: 8 },
    );
    expect(briefs).toBe(1_000);
  }, 60_000);

  it("says each thing once, by the rubric's measure, even when products share facts and a name starts in lower case", () => {
    const tenant = TENANTS[1]!;
    const shared = "Set up in five minutes. Cancel any time.";
    const parsed = Brief.parse({
      name: "Autumn rides",
      type: "launch",
      goal: "Launch it",
      audience: "Riders",
      offer: "free fitting",
      keyMessage: "Every frame is hand-brazed in Leeds. Set up in five minutes.",
      products: [
        { name: "roadster", facts: shared },
        { name: "Tourer", facts: `${shared} ${shared}` },
        { name: "Gravel", facts: shared },
      ],
      ctaText: "See the bikes",
      ctaUrl: "https://shop.example/",
      variants: 5,
    });
    for (let variant = 1; variant <= 5; variant++) {
      const email = writeEmail({ companyName: tenant.name, brief: parsed, variant, rules: tenant.rules as BuiltinRules, model: tenant.model });
      const content = contentFromModel(email, parsed, tenant.disclaimers);
      const quality = checkQuality(qualityCopy(content), { brief: parsed, workspace: { name: tenant.name, slug: "ferro" } });
      expect(quality.findings.filter((f) => f.rule === "repeated-sentence"), plain(email)).toEqual([]);
      // Every product keeps its card, with a line of its own.
      expect(email.blocks.filter((b) => b.type === "product").map((b) => (b.type === "product" ? b.product.toLowerCase() : ""))).toEqual(["roadster", "tourer", "gravel"]);
    }
  });

  it("writes grammatical, on-brief copy in the brand's words", () => {
    const tenant = TENANTS[0]!;
    const parsed = Brief.parse({
      name: "Spring roast",
      type: "launch",
      goal: "Launch it",
      audience: "Home brewers",
      keyMessage: "Our spring roast is bright and floral. It is roasted in small batches every Tuesday.",
      products: [{ name: "Spring Roast", facts: "Washed Ethiopian beans; notes of jasmine and apricot" }],
      ctaText: "Try the spring roast",
      ctaUrl: "https://shop.example/",
      variants: 3,
    });
    const email = writeEmail({ companyName: tenant.name, brief: parsed, variant: 1, rules: tenant.rules as BuiltinRules, model: tenant.model });
    const text = plain(email);
    expect(text).toContain("Our spring roast is bright and floral.");
    expect(email.blocks.find((b) => b.type === "product")).toMatchObject({ product: "Spring Roast" });
    expect(email.signOff).toBe("The Northwind team");
    expect(text).not.toMatch(/\s[,.]/);
  });

  it("leaves out a workspace name that reads like its address, in every variant", () => {
    const tenant = TENANTS[0]!;
    const parsed = Brief.parse({
      name: "Saver launch",
      type: "launch",
      goal: "Open more savings accounts.",
      audience: "Current account customers",
      keyMessage: "The cobalt saver pays interest monthly and you can take money out when you need it.",
      products: [{ name: "cobalt saver", facts: "Easy access; interest paid monthly" }],
      ctaText: "Open a cobalt saver",
      ctaUrl: "https://bank.example/saver",
      variants: 10,
    });
    for (let variant = 1; variant <= 10; variant++) {
      const email = writeEmail({ companyName: "Workspace ws-eb62ff04", brief: parsed, variant, rules: { ...tenant.rules, signOff: null } as BuiltinRules, model: tenant.model });
      expect(JSON.stringify(email)).not.toContain("ws-eb62ff04");
    }
  });

  it("uses the tenant's own lines that fit the brief, and none that name something the brief does not", () => {
    const tenant = TENANTS[0]!;
    const parsed = Brief.parse({
      name: "Spring roast",
      type: "newsletter",
      goal: "Tell people",
      audience: "Home brewers",
      keyMessage: "Our spring roast is bright and floral.",
      products: [{ name: "Spring Roast", facts: "Washed beans" }],
      ctaText: "Read more",
      ctaUrl: "https://shop.example/",
      length: "long",
      variants: 5,
    });
    const own = "We taste every batch before it leaves the roastery.";
    const foreign = "Our Lisbon blend sells out before it leaves the roastery.";
    const written = [1, 2, 3, 4, 5].map((variant) => plain(writeEmail({ companyName: tenant.name, brief: parsed, variant, rules: tenant.rules as BuiltinRules, model: tenant.model, voiceLines: [foreign, own] })));
    expect(written.some((text) => text.includes(own))).toBe(true);
    expect(written.join(" ")).not.toContain("Lisbon");
  });

  it("says the key message in the variant's own form, from the brief's own words only", () => {
    expect(keyMessageForms("Everything you need is in one place, and it takes a few minutes to get started.")).toEqual([
      "Everything you need is in one place, and it takes a few minutes to get started.",
      "Everything you need is in one place. It takes a few minutes to get started.",
      "It takes a few minutes to get started. Everything you need is in one place.",
    ]);
    expect(keyMessageForms("It is quick to set up, but it does a lot.")).toEqual(["It is quick to set up, but it does a lot.", "It is quick to set up. But it does a lot."]);
    // "and made …" has no subject of its own: the sentence stays whole.
    expect(keyMessageForms("We listened to what you asked for and made the everyday things simpler.")).toHaveLength(1);
  });

  it("promises a saving in the subject only when the offer is one", () => {
    const tenant = TENANTS[1]!;
    const subjects = (offer: string) =>
      [1, 2, 3, 4, 5].flatMap((variant) => {
        const email = writeEmail({ companyName: tenant.name, brief: Brief.parse({ name: "Tourer", type: "promotion", goal: "Sell", audience: "Riders", offer, keyMessage: "The tourer is back.", products: [{ name: "Tourer", facts: "" }], ctaText: "See it", ctaUrl: "https://shop.example/", variants: 5 }), variant, rules: tenant.rules as BuiltinRules, model: tenant.model });
        return [email.subject, ...email.subjectAlternatives];
      });
    expect(subjects("15% off every frame").some((s) => /^save on tourer$/i.test(s))).toBe(true);
    expect(subjects("Appointments within two days").filter((s) => /\bsave\b/i.test(s))).toEqual([]);
  });

  it("keeps a serious brand's register whatever one brief asks: no playful lines, no contractions", () => {
    const tenant = TENANTS[1]!;
    const parsed = Brief.parse({ name: "Saver", type: "promotion", goal: "Sell", audience: "Savers", offer: "", keyMessage: "It's easy to open and it's free.", products: [{ name: "Cobalt Saver", facts: "" }], tones: ["playful"], ctaText: "Open an account", ctaUrl: "https://bank.example/", variants: 5 });
    const written = [1, 2, 3, 4, 5].map((variant) => writeEmail({ companyName: "Kestrel Bank", brief: parsed, variant, rules: { ...(tenant.rules as BuiltinRules), voiceTraits: ["Calm", "Formal"] }, model: tenant.model }));
    const text = written.map((e) => `${e.subject}\n${plain(e)}`).join("\n");
    expect(text).not.toMatch(/\b(treat|yay|a little something|something nice)\b/i);
    expect(text).not.toMatch(/\b(it's|you're|we're|we've|don't|can't)\b/i);
  });
});
