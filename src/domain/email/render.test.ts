import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { DEFAULT_BRAND_KIT, type BrandKit } from "./brand-kit";
import type { EmailContent } from "./content";
import { renderEmail, safeHref } from "./render";

const kit: BrandKit = { ...DEFAULT_BRAND_KIT, footer: "Northwind Coffee · 1 Harbour Road, Leith", companyName: "Northwind & Co", logoSrc: null };

const content: EmailContent = {
  subject: "Spring roast is here",
  subjectAlternatives: ["Bright, floral, new", "Meet the spring roast"],
  preheader: "Floral and bright, roasted in small batches every Tuesday.",
  blocks: [
    { type: "heading", text: "Meet the spring roast" },
    { type: "paragraph", text: "It tastes like <script>alert('x')</script> blossoms & honey." },
    { type: "bullets", items: ["Washed Ethiopian beans", "Roasted on Tuesdays"] },
    { type: "product", name: "Spring Roast", blurb: "Our brightest roast.", price: "€14.90", url: "https://shop.example/spring", imageUrl: "" },
    { type: "button", text: "Sneaky", url: "javascript:alert(1)" },
  ],
  cta: { text: "Try it", url: "https://shop.example/spring" },
  signOff: "The Northwind team",
  legal: ["Offer valid while stocks last."],
};

/**
 * The standard rules, minus two that contradict what email clients need:
 * Outlook lays out by table attributes (align, width, cellpadding), and the
 * XHTML transitional doctype is what react-email (and most email HTML) uses.
 */
const validator = new HtmlValidate({ extends: ["html-validate:standard"], rules: { "no-deprecated-attr": "off", "doctype-html": "off" } });

describe("renderEmail", () => {
  it("produces HTML that passes the validator, with every word of the plain-text part in it", async () => {
    const { html, text } = await renderEmail(content, kit);
    const report = await validator.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    const visible = html.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, " ");
    for (const line of text.split("\n").filter((l) => l.trim() && l !== "--" && !/^https?:/.test(l))) {
      const words = line.replace(/^- /, "").replace(/: https?:\S+$/, "").replace(/Unsubscribe: \{\{unsubscribe_url\}\}/, "Unsubscribe");
      expect(visible.toLowerCase()).toContain(words.toLowerCase());
    }
  });

  it("escapes what the model wrote and keeps only safe links", async () => {
    const { html, text } = await renderEmail(content, kit);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('href="https://shop.example/spring"');
    expect(html).toContain('href="{{unsubscribe_url}}"');
    expect(text).toContain("Sneaky\n");
    expect(text).toContain("Try it: https://shop.example/spring");
  });

  it("inlines styles from the brand kit and carries dark-mode rules (forced for the dark preview)", async () => {
    const { html } = await renderEmail(content, { ...kit, primaryColor: "#AA3300" });
    expect(html).toMatch(/style="[^"]*background-color:#AA3300/);
    expect(html).toContain("@media (prefers-color-scheme:dark)");
    const dark = await renderEmail(content, kit, { scheme: "dark" });
    expect(dark.html).toContain(":root{color-scheme:dark}.bs-body{background-color:#0D1117!important}");
    expect(html).toContain("Northwind &amp; Co");
  });

  it("accepts http(s), mailto and the unsubscribe placeholder as links, nothing else", () => {
    expect(safeHref("https://a.example/x")).toBe("https://a.example/x");
    expect(safeHref("mailto:hi@a.example")).toBe("mailto:hi@a.example");
    expect(safeHref("{{unsubscribe_url}}")).toBe("{{unsubscribe_url}}");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,hi")).toBeNull();
    expect(safeHref("not a url")).toBeNull();
  });
});
