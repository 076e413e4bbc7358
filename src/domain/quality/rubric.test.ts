import { describe, expect, it } from "vitest";
import { checkQuality, looksInternalName, type QualityContext, type QualityCopy } from "./rubric";

const context: QualityContext = {
  brief: {
    name: "Q2 saver push",
    audience: "young families with a savings account",
    offer: "4.1% AER on the Cobalt Saver",
    keyMessage: "Interest is paid monthly and you can take money out when you need it.",
    ctaText: "Open a Cobalt Saver",
    products: [{ name: "Cobalt Saver", facts: "Easy access; interest paid monthly" }],
  },
  workspace: { name: "northwind builtin 5137", slug: "northwind-builtin-5137" },
  segmentName: "Families Q2",
  voice: { traits: ["calm", "plain"], preferredTerms: ["savings"], avoidTones: ["hurry"] },
};
const good: QualityCopy = {
  subject: "4.1% AER on the Cobalt Saver, paid monthly",
  preheader: "Take money out when you need it; interest lands every month.",
  body: "The Cobalt Saver now pays 4.1% AER. Interest is paid monthly, and you can take money out when you need it. Opening one takes a few minutes in the app.",
  cta: "Open a Cobalt Saver",
};
const rules = (copy: Partial<QualityCopy>, extra: Partial<QualityContext> = {}) => checkQuality({ ...good, ...copy }, { ...context, ...extra }).findings.map((f) => f.rule);

describe("the quality rubric", () => {
  it("passes copy a marketer would send", () => {
    const report = checkQuality(good, context);
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ score: 100, coverage: 1 });
  });

  it("finds internal names: the campaign, the workspace, the segment, the audience copied word for word", () => {
    const report = checkQuality({ ...good, body: `${good.body} It started with a simple idea at northwind builtin 5137. If you are among young families with a savings account, this one is for you. Part of Q2 saver push and Families Q2.` }, context);
    expect(report.findings.filter((f) => f.rule === "internal-leak").map((f) => f.span?.text)).toEqual(["Q2 saver push", "northwind builtin 5137", "Families Q2", "young families with a savings account"]);
    // The company's own name is fine in copy.
    expect(rules({ body: `${good.body} From all of us at Kestrel Bank.` }, { workspace: { name: "Kestrel Bank", slug: "kestrel" } })).not.toContain("internal-leak");
    // A name written like an address is internal too; a real name with a number is not.
    expect(looksInternalName("ws-8f5b3ab0")).toBe(true);
    expect(looksInternalName("Workspace ws-eb62ff04")).toBe(true);
    expect(looksInternalName("Kettle & Crow co-op")).toBe(false);
    expect(looksInternalName("Kestrel Bank")).toBe(false);
    expect(looksInternalName("7-Eleven")).toBe(false);
  });

  it("finds repeated and near-duplicate sentences", () => {
    expect(rules({ body: `${good.body} Thank you for saving with us today. Thanks for saving with us today.` })).toContain("repeated-sentence");
    expect(rules({ body: `${good.body} Thank you for being with us.` })).not.toContain("repeated-sentence");
  });

  it("says what of the brief the copy never gets to", () => {
    const report = checkQuality({ ...good, subject: "News about your savings this month", preheader: "A short note from the team about saving.", body: "Saving is good for families. We think about it a lot.", cta: "" }, context);
    expect(report.findings.filter((f) => f.rule === "brief-coverage").map((f) => f.message)).toEqual([
      'The copy never gets to the offer ("4.1% AER on the Cobalt Saver").',
      "The copy never gets to the key message.",
      "The copy never gets to the call to action.",
      'The copy never gets to the product "Cobalt Saver".',
    ]);
    expect(report.coverage).toBe(0);
  });

  it("finds numbers nobody gave", () => {
    const report = checkQuality({ ...good, body: `${good.body} Over 10,000 families switched, and 98% would recommend it.` }, context);
    expect(report.findings.filter((f) => f.rule === "invented-number").map((f) => f.span?.text.trim())).toEqual(["10,000", "98%"]);
    expect(rules({}, { allowedFacts: [] })).not.toContain("invented-number");
  });

  it("holds the voice to the profile", () => {
    expect(rules({ body: `${good.body} Go on, treat yourself!` })).toContain("voice-fit");
    expect(rules({ body: `${good.body} No need to hurry.` })).toContain("voice-fit");
    expect(rules({ body: `${good.body} Go on, treat yourself!` }, { voice: { traits: ["playful"], preferredTerms: [], avoidTones: [] } })).not.toContain("voice-fit");
  });

  it("checks the subject line: specific, and not the same as another variant's", () => {
    expect(rules({ subject: "A little update for you" })).toContain("subject-quality");
    const twin = checkQuality(good, { ...context, siblings: [{ subject: good.subject, body: "Something else entirely, written another way." }] });
    expect(twin.findings.find((f) => f.rule === "subject-quality")?.severity).toBe("error");
  });

  it("finds slot-filling grammar", () => {
    expect(rules({ body: `${good.body} We made it with you in mind in mind. It is the the best way to save.` })).toEqual(expect.arrayContaining(["grammar"]));
    expect(rules({ body: `${good.body} Compare these Cobalt Savers today.` })).toContain("grammar");
  });

  it("measures how much of a variant is its own", () => {
    const same = checkQuality(good, { ...context, siblings: [{ subject: "Other subject line for the saver", body: good.body }] });
    expect(same.distinct2).toBeLessThan(0.6);
    expect(same.findings.map((f) => f.rule)).toContain("variant-diversity");
    const different = checkQuality(good, { ...context, siblings: [{ subject: "Your money, working every month", body: "Every month, your balance earns a little more. Nothing to set up beyond opening the account." }] });
    expect(different.distinct2).toBeGreaterThanOrEqual(0.6);
  });
});
