/**
 * Finance (home-insurance broker), PDF: two multi-row tables whose cells wrap over several lines
 * ("Phrase / Why it causes problems / What to write" and a four-column product table with a
 * "Don’t write" column of misspellings), a Before/After example quoting three listed bans beside an
 * unlisted "unbeatable", ™ on one product, competitors, curt formatting rules (no exclamation marks,
 * no emoji, silent on capitals and subject lines), required text in a "Paste this" box and in a quote
 * introduced in prose, and a © line in every page footer that is not a disclaimer.
 */
import { basePdf, callout, h1, h2, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const FCA =
  "Hearthstone Brokers Ltd is authorised and regulated by the Financial Conduct Authority (FRN 487220). We act on your behalf, not the insurer’s, when arranging your policy.";
const QUOTE =
  "This quote is based on the information you gave us and is valid for 30 days. Cover is subject to the insurer’s terms, conditions and exclusions.";

export const hearthstoneBrokers: Guide = {
  basename: "hearthstone-brokers",
  format: "pdf",
  industry: "finance",
  brand: "Hearthstone Brokers",
  title: "Customer Writing Standards",
  subtitle: "Hearthstone Brokers – quotes, renewals and claims correspondence",
  meta: "Compliance & Customer Experience · v2.0 · March 2024",
  author: "Hearthstone Brokers Compliance & Customer Experience",
  pdf: {
    ...basePdf,
    bodySize: 10,
    leading: 1.4,
    titleSize: 22,
    h1Size: 14,
    h2Size: 11.5,
    accent: [0.45, 0.2, 0.1],
    cover: false,
    runningHeader: "Hearthstone Brokers – Customer Writing Standards v2.0",
    footer: (page, total) => `© Hearthstone Brokers Ltd 2024 · Internal · Page ${page} of ${total}`,
    footerAlign: "center",
    tableRules: true,
    tableHeaderFill: true,
    bullet: "•",
    headingRule: true,
  },
  blocks: [
    h1("Purpose"),
    p("Hearthstone Brokers arranges home insurance for around 210,000 households through our contact centre in Shrewsbury and our website. We don’t underwrite policies ourselves: we compare cover from a panel of insurers, recommend a policy and look after the customer for as long as they stay with us, including when they claim."),
    p("These standards apply to every written communication with a customer or prospective customer: quote and renewal emails, letters, web pages, text messages and claims correspondence. They were rewritten in March 2024 to reflect the Consumer Duty and feedback from our own complaint reviews. Adviser scripts for phone calls follow the same principles and are maintained separately by Sales Quality."),
    h1("Our voice"),
    ul(
      "**Steady.** People contact us when something has gone wrong at home. We stay calm so they don’t have to.",
      "**Plain-spoken.** We explain what a policy covers and what it doesn’t, in ordinary words.",
      "**Helpful before, during and after a claim.** We always tell the customer what happens next.",
    ),
    p("Customers often arrive from comparison sites such as QuoteFox, or after receiving a renewal quote from Castleward Insurance. Never name another broker, insurer or comparison site in customer communications, and never comment on their prices or service."),
    h1("Phrases we avoid"),
    p("Most complaints about our letters are not about the price; they are about a customer believing they were covered for something they were not. The phrases below have caused that problem, or could. The third column gives wording we have approved; where it shows a dash, rewrite the sentence without the phrase."),
    table(
      ["Phrase", "Why it causes problems", "What to write"],
      [
        [
          "fully comprehensive",
          "Customers read it as ‘covers everything’. Every policy has limits and exclusions, and the Financial Ombudsman Service has upheld complaints where this phrase appeared in a quote email.",
          "buildings and contents cover, with the limits shown in your policy schedule",
        ],
        ["best deal", "We search a panel of insurers, not the whole market, so we can’t say any price is the best available.", "a competitive quote from our panel of insurers"],
        [
          "hassle-free claims",
          "Claims can be stressful and some take months to settle. Promising an easy claim sets an expectation that neither we nor the insurer can control.",
          "we’ll support you through your claim",
        ],
        ["act of God", "Dated, and confusing for anyone who doesn’t know the legal meaning. Some customers also find it offensive.", "a storm, flood or other natural event"],
        ["cheapest", "Price claims must be fair and provable, and we rarely know that a quote is the lowest available anywhere.", "—"],
        ["peace of mind guaranteed", "Nobody can guarantee a feeling, and the word ‘guaranteed’ suggests a financial promise we can’t make.", "—"],
      ],
      [0.2, 0.48, 0.32],
    ),
    h2("Before and after"),
    quote("Before", "Get unbeatable, fully comprehensive cover at the best deal around – hassle-free claims included."),
    quote(
      "After",
      "Your Keystone Home quote includes buildings and contents cover, with the limits shown in your policy schedule. If you need to claim, we’ll support you through your claim from the first call.",
    ),
    h1("Product names"),
    p("Our product names appear on policy documents, so they must be written consistently. Use the form in the third column in every communication, including subject lines and text messages."),
    table(
      ["Product", "What it covers", "Write it as", "Don’t write"],
      [
        [
          "Keystone Home",
          "Buildings and contents insurance for homeowners, arranged with one of five panel insurers. Legal expenses cover is included as standard.",
          "Keystone Home",
          "Keystone home, KeyStone, Key Stone Home",
        ],
        ["TenantSafe", "Contents insurance for people who rent, including accidental damage to the landlord’s fixtures and fittings.", "TenantSafe™ (first mention), then TenantSafe", "Tenant Safe, Tenantsafe, Tenant-Safe"],
        ["Landlord Plus", "Buildings, contents and loss-of-rent cover for landlords with up to ten let properties.", "Landlord Plus", "Landlord+, LandlordPlus, Landlords Plus"],
        ["ClaimLine", "Our 24-hour claims helpline, answered by Hearthstone claims handlers rather than by the insurer.", "ClaimLine", "Claimline, Claim Line, Claims Line"],
      ],
      [0.17, 0.41, 0.2, 0.22],
    ),
    p("TenantSafe™ is a trade mark of Hearthstone Brokers Ltd. Use the ™ symbol on first mention only. Keystone Home, Landlord Plus and ClaimLine take no symbol."),
    h1("Formatting"),
    p("Exclamation marks: none. Not even in a thank-you email. Emoji: no."),
    p("Write amounts as £1,250 and excesses as ‘an excess of £250’. Dates are written in full (14 March 2024). Policy numbers are always shown in full and never split across lines. Subject lines name the product and the action, for example ‘Your Keystone Home renewal quote’."),
    h1("Required wording"),
    callout("Paste this into every quote and renewal email:", FCA),
    p("Quote emails also need the following line directly under the price. It must appear word for word, in the same font size as the price:"),
    quote(undefined, QUOTE),
    p("Claims correspondence carries the insurer’s own regulatory wording, which the claims system adds automatically. Don’t add either of the lines above to claims emails."),
    h1("Signing off"),
    p("We sign off as a team so customers aren’t left waiting for one adviser who is on leave. Use these two lines, then the ClaimLine number if the email is about a claim:"),
    quote(undefined, "Speak soon,", "The Hearthstone Brokers team"),
    h2("Questions"),
    p("Ask the Compliance & Customer Experience team at standards@hearthstonebrokers.co.uk. If a customer is in a vulnerable situation, speak to your team leader before you write anything."),
  ],
  key: {
    bannedTerms: [
      { term: "fully comprehensive", replacement: "buildings and contents cover, with the limits shown in your policy schedule" },
      { term: "best deal", replacement: "a competitive quote from our panel of insurers" },
      { term: "hassle-free claims", replacement: "we’ll support you through your claim" },
      { term: "act of God", replacement: "a storm, flood or other natural event" },
      { term: "cheapest", replacement: null },
      { term: "peace of mind guaranteed", replacement: null },
    ],
    productNames: ["Keystone Home", "TenantSafe", "Landlord Plus", "ClaimLine"],
    disclaimers: [FCA, QUOTE],
    signOff: "Speak soon, The Hearthstone Brokers team",
    style: { maxExclamations: 0, allowEmoji: false, noAllCaps: null, noExclamationInSubject: null },
    notBanned: ["unbeatable", "QuoteFox", "Castleward Insurance", "steady", "plain-spoken", "guaranteed"],
  },
};
