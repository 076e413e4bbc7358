import { describe, expect, it } from "vitest";
import { checkCopy, EMPTY_PROFILE, score, type ComplianceProfile, type CopyInput, type Finding } from ".";
import { readingGrade, termPattern } from "./text";

const UNSUB = "\n\n{{unsubscribe}}";
const email = (body: string, extra: Partial<CopyInput> = {}): CopyInput => ({
  subject: "Spring roasts are here",
  preheader: "Three new single origins, roasted this week in small batches.",
  body: body + UNSUB,
  ...extra,
});
const rules = (report: { findings: Finding[] }) => report.findings.map((f) => f.rule);
const profile = (p: Partial<ComplianceProfile>): ComplianceProfile => ({ ...EMPTY_PROFILE, ...p });

describe("term matching", () => {
  it("respects word boundaries", () => {
    expect("carefree".match(termPattern("free"))).toBeNull();
    expect("freedom".match(termPattern("free"))).toBeNull();
    expect("Free shipping".match(termPattern("free"))?.[0]).toBe("Free");
    expect("tax-free".match(termPattern("free"))?.[0]).toBe("free");
  });
  it("knows inflections", () => {
    expect("the cheapest beans".match(termPattern("cheap"))?.[0]).toBe("cheapest");
    expect("fully guaranteed".match(termPattern("guarantee"))?.[0]).toBe("guaranteed");
    expect("we tried".match(termPattern("try"))?.[0]).toBe("tried");
    expect("cheapskate".match(termPattern("cheap"))).toBeNull();
  });
  it("matches multi-word terms across spacing", () => {
    expect("act\n now".match(termPattern("act now", false))?.[0]).toBe("act\n now");
  });
});

describe("brand profile rules", () => {
  const banned = profile({ bannedTerms: [{ term: "cheap", replacement: "affordable", source: { documentName: "Guide.pdf", page: 4, quote: "Never call our coffee cheap." } }] });

  it("flags a banned term with its span, replacement and source", () => {
    const report = checkCopy(email("Our cheapest roast yet."), banned);
    const finding = report.findings.find((f) => f.rule === "banned-term")!;
    expect(finding).toMatchObject({ severity: "error", suggestion: "affordable", span: { field: "body", start: 4, end: 12, text: "cheapest" } });
    expect(finding.source?.quote).toBe("Never call our coffee cheap.");
  });
  it("does not flag look-alikes", () => {
    expect(rules(checkCopy(email("A cheapskate would not buy this."), banned))).not.toContain("banned-term");
  });
  it("checks banned terms in the subject too", () => {
    const report = checkCopy(email("Hello.", { subject: "Cheap beans" }), banned);
    expect(report.findings.find((f) => f.rule === "banned-term")?.span?.field).toBe("subject");
  });
  it("requires required terms and disclaimers", () => {
    const p = profile({ requiredTerms: [{ term: "fair trade" }], disclaimers: [{ text: "Offer valid while stocks last." }] });
    expect(rules(checkCopy(email("New beans."), p))).toEqual(expect.arrayContaining(["required-term", "missing-disclaimer"]));
    const ok = checkCopy(email("New fair trade beans. Offer valid while   stocks last."), p);
    expect(rules(ok)).not.toContain("required-term");
    expect(rules(ok)).not.toContain("missing-disclaimer");
  });
  it("corrects product spellings but accepts the canonical one", () => {
    const p = profile({ productSpellings: [{ canonical: "PowerBrew X2" }] });
    const report = checkCopy(email("Meet the Powerbrew x2 and the power-brew X2. The PowerBrew X2 is here."), p);
    const spans = report.findings.filter((f) => f.rule === "product-spelling").map((f) => f.span?.text);
    expect(spans).toEqual(["Powerbrew x2", "power-brew X2"]);
  });
  it("applies formatting rules", () => {
    const p = profile({ formatting: { maxExclamations: 1, allowEmoji: false, signOff: "The Northwind team" } });
    const report = checkCopy(email("Hello! Fresh beans! Enjoy ☕"), p);
    expect(report.findings.filter((f) => f.rule === "exclamation-limit")).toHaveLength(1);
    expect(report.findings.find((f) => f.rule === "no-emoji")?.span?.text).toBe("☕");
    expect(rules(report)).toContain("sign-off");
    expect(rules(checkCopy(email("Hello.\n\nThe Northwind team"), p))).not.toContain("sign-off");
  });
});

describe("universal email rules", () => {
  it("passes a clean email", () => {
    const report = checkCopy(email("Our new roasts arrived this week. Order by Friday for delivery next week. https://shop.example.com/spring"), EMPTY_PROFILE);
    expect(report.findings).toEqual([]);
    expect(report.score).toBe(100);
  });
  it("checks subject and preheader", () => {
    expect(rules(checkCopy(email("Hi.", { subject: "" }), EMPTY_PROFILE))).toContain("subject-missing");
    expect(rules(checkCopy(email("Hi.", { subject: "x".repeat(70) }), EMPTY_PROFILE))).toContain("subject-length");
    expect(rules(checkCopy(email("Hi.", { preheader: "" }), EMPTY_PROFILE))).toContain("preheader-missing");
    expect(rules(checkCopy(email("Hi.", { preheader: "Too short" }), EMPTY_PROFILE))).toContain("preheader-length");
  });
  it("flags spam phrases and unverifiable claims, not innocent neighbours", () => {
    const report = checkCopy(email("Act now: the #1 roast, guaranteed fresh. Click here!"), EMPTY_PROFILE);
    expect(report.findings.filter((f) => f.rule === "spam-phrase").map((f) => f.span?.text)).toEqual(["Act now", "Click here"]);
    expect(report.findings.filter((f) => f.rule === "unverifiable-claim").map((f) => f.span?.text)).toEqual(["#1", "guaranteed"]);
    expect(rules(checkCopy(email("We react nowhere near that fast."), EMPTY_PROFILE))).not.toContain("spam-phrase");
  });
  it("flags shouting and punctuation runs but not acronyms", () => {
    const report = checkCopy(email("MASSIVE news!!! The USA and EU ship FREE NEW BEANS TODAY"), EMPTY_PROFILE);
    expect(report.findings.filter((f) => f.rule === "all-caps").map((f) => f.span?.text)).toEqual(["MASSIVE", "FREE NEW BEANS TODAY"]);
    expect(report.findings.find((f) => f.rule === "exclamation-run")?.span?.text).toBe("!!!");
    expect(rules(checkCopy(email("Shipping to the USA and EU."), EMPTY_PROFILE))).not.toContain("all-caps");
  });
  it("requires the unsubscribe placeholder in emails only", () => {
    expect(rules(checkCopy({ subject: "Hi there friends", preheader: "x".repeat(50), body: "Hello." }, EMPTY_PROFILE))).toContain("unsubscribe-missing");
    expect(rules(checkCopy({ body: "Hello.", kind: "text" }, EMPTY_PROFILE))).toEqual([]);
  });
  it("checks links", () => {
    const report = checkCopy(email("See http://shop.example.com or www.example.com or https://exa mple or https://ok.example.com/x."), EMPTY_PROFILE);
    expect(report.findings.filter((f) => f.rule === "insecure-link").map((f) => f.suggestion)).toEqual(["https://shop.example.com", "https://www.example.com"]);
    expect(report.findings.filter((f) => f.rule === "broken-link").map((f) => f.span?.text)).toEqual(["https://exa"]);
  });
  it("estimates reading level and flags dense prose", () => {
    const simple = "We roast our beans each week. You get them fresh. They taste bright and sweet. Try the new one today. It ships fast and costs less than you think.";
    const dense =
      "Notwithstanding considerable organizational complexity, our sustainability-oriented procurement methodology systematically prioritizes environmentally responsible agricultural cooperatives, thereby facilitating unprecedented transparency throughout international distribution infrastructures and manufacturing operations.";
    expect(readingGrade(simple)).toBeLessThan(6);
    expect(readingGrade("Too short.")).toBeNull();
    expect(rules(checkCopy(email(`${dense} ${dense}`), EMPTY_PROFILE))).toContain("reading-level");
    expect(rules(checkCopy(email(simple), EMPTY_PROFILE))).not.toContain("reading-level");
  });
});

describe("score", () => {
  it("subtracts 15 per error, 5 per warning, 1 per info, at most 3 per rule, never below 0", () => {
    const f = (rule: string, severity: Finding["severity"]): Finding => ({ rule, severity, message: "", span: null });
    expect(score([f("a", "error"), f("b", "warning"), f("c", "info")])).toBe(79);
    expect(score(Array.from({ length: 10 }, () => f("same", "warning")))).toBe(85);
    expect(score(Array.from({ length: 10 }, (_, i) => f(`r${i}`, "error")))).toBe(0);
  });
  it("orders findings by position, unplaced ones last", () => {
    const report = checkCopy(email("Click here now!!", { subject: "Act now, friends", preheader: "" }), EMPTY_PROFILE);
    const placed = report.findings.filter((f) => f.span);
    expect(placed[0]!.span!.field).toBe("subject");
    expect(report.findings.at(-1)!.span).toBeNull();
  });
});

describe("rules read from a brand guide", () => {
  const guide = { documentName: "guide.pdf", page: 4, quote: "No exclamation marks in subject lines." };
  it("treats any case, spacing or hyphenation of a product name as an error, but not the everyday word", () => {
    const p = profile({ productSpellings: [{ canonical: "StormShell" }, { canonical: "Anchor" }, { canonical: "Cobalt Saver" }] });
    const report = checkCopy(email("The stormShell, the Storm Shell and the StormShell. Anchor your savings with ANCHOR and cobalt Saver."), p);
    const found = report.findings.filter((f) => f.rule === "product-spelling");
    expect(found.map((f) => [f.span?.text, f.severity, f.suggestion])).toEqual([
      ["stormShell", "error", "StormShell"],
      ["Storm Shell", "error", "StormShell"],
      ["ANCHOR", "error", "Anchor"],
      ["cobalt Saver", "error", "Cobalt Saver"],
    ]);
  });
  it("makes style rules errors with their source", () => {
    const p = profile({ formatting: { noExclamationInSubject: true, noAllCaps: true, allowEmoji: false, maxExclamations: 0, sources: { noExclamationInSubject: guide } } });
    const report = checkCopy(email("Our SPRING roasts are in. Enjoy ☕", { subject: "Spring is here!" }), p);
    const errors = report.findings.filter((f) => f.severity === "error").map((f) => f.rule);
    expect(errors).toEqual(expect.arrayContaining(["subject-exclamation", "exclamation-limit", "all-caps", "no-emoji"]));
    expect(report.findings.find((f) => f.rule === "subject-exclamation")?.source).toEqual(guide);
    expect(rules(checkCopy(email("Our SPRING roasts are in."), EMPTY_PROFILE))).toContain("all-caps");
    expect(checkCopy(email("Our SPRING roasts are in."), EMPTY_PROFILE).findings.find((f) => f.rule === "all-caps")?.severity).toBe("warning");
  });
  it("never flags a banned word inside the brand's own required wording", () => {
    const fda = "This product is not intended to diagnose, treat, cure, or prevent any disease.";
    const p = profile({ bannedTerms: [{ term: "cure" }], disclaimers: [{ text: fda }] });
    expect(rules(checkCopy(email(`Feel better.\n\n${fda}`), p))).not.toContain("banned-term");
    expect(rules(checkCopy(email(`A cure for winter.\n\n${fda}`), p))).toContain("banned-term");
  });
  it("is an error to leave out a required disclaimer, whatever its quotes and dashes", () => {
    const p = profile({ disclaimers: [{ text: "Capital at risk — the value can go down as well as up." }] });
    expect(rules(checkCopy(email("Invest today."), p))).toContain("missing-disclaimer");
    expect(rules(checkCopy(email("Invest today.\n\nCapital at risk - the value can go down as well as up"), p))).not.toContain("missing-disclaimer");
  });
});

describe("product names in their exact form", () => {
  it("rewrites every variant, and leaves the everyday word alone", async () => {
    const { canonicaliseProductNames } = await import("./text");
    expect(canonicaliseProductNames("Try the stormShell or storm-shell; anchor it with an ANCHOR account.", ["StormShell", "Anchor"])).toBe("Try the StormShell or StormShell; anchor it with an Anchor account.");
  });
});
