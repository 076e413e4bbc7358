/**
 * Health (optician chain), DOCX: a "Words we like" list with no explanations (preferred words, not
 * bans), "Say X rather than Y" lines, claims banned in prose ("We don't say …"), a Bad/Better example
 * whose unlisted "cheap" is not banned, product naming rules in prose only with ® and misspellings,
 * exclamation limit in a bullet, required wording in a two-column "When / Wording" table, a
 * one-line sign-off given in prose.
 */
import { callout, h1, h2, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const EVERY = "We recommend an eye test at least every two years, or more often if your optometrist advises.";
const OFFER =
  "Offer applies to complete glasses with single-vision lenses from our £99 range and above. Cannot be used with any other offer or with an NHS optical voucher.";
const LENSES = "Contact lenses are medical devices. You need a valid contact lens specification and regular aftercare appointments.";

export const penroseOpticians: Guide = {
  basename: "penrose-opticians",
  format: "docx",
  industry: "health",
  brand: "Penrose Opticians",
  title: "Penrose Opticians – Customer Writing Guide",
  subtitle: "For emails, texts, leaflets and the website",
  meta: "Marketing and Clinical Services · v1.4 · updated 8 January 2024",
  author: "Penrose Opticians Marketing",
  blocks: [
    h1("Who we are"),
    p("Penrose is a family-owned group of 62 optician practices across Wales and the West Country. My grandfather opened the first one above a chemist’s in Carmarthen in 1971, and we still run every practice as a local business with its own optometrists, dispensing opticians and front-of-house team. Many of our customers have been coming to the same practice for decades, and plenty of them know their optometrist by first name."),
    p("That local feel is the thing customers mention most in reviews, and it is easy to lose in writing. A reminder email from head office can sound like it came from a call centre. This guide is here to stop that happening. It applies to appointment reminders, marketing emails, text messages, leaflets, in-practice posters and everything on penroseopticians.co.uk."),
    p("If you have a question about this guide, ask Hannah Rees in Marketing. If your question is about a clinical statement – anything about eye health, conditions or what a test can show – ask the Professional Services team first. They have the final say on clinical wording."),
    h1("How we sound"),
    p("Picture a good optometrist at the end of an appointment: unhurried, clear about what they found and what happens next, and genuinely interested in whether the customer can see the TV from the sofa. That’s our voice. Four words sum it up:"),
    ul("Warm", "Knowledgeable", "Unhurried", "Local"),
    p("We are a healthcare provider first and a retailer second. We are proud of our frames and we are happy to talk about offers, but we never let a sale get in the way of clinical advice. If a customer doesn’t need new glasses, the optometrist will tell them so, and our writing should never suggest otherwise."),
    h2("Writing for people with sight loss"),
    p("A significant number of our customers have some level of sight loss. Use a minimum of 12-point text in print and make sure emails work with screen magnifiers and screen readers. Avoid putting text over photographs. Describe images in alt text, and don’t rely on colour alone to show what is important."),
    h1("Words"),
    h2("Words we like"),
    p("These words come up again and again when customers describe a good visit. Use them where they fit naturally."),
    ul("clear", "comfortable", "check-up", "local", "expert advice", "take your time"),
    h2("Say this rather than that"),
    p("A few everyday swaps keep us sounding like clinicians rather than a high-street sale:"),
    ul(
      "Say ‘eye test’ rather than ‘eye exam’.",
      "Say ‘glasses’ rather than ‘specs’.",
      "Say ‘optometrist’ rather than ‘eye doctor’.",
      "Say ‘people with sight loss’ rather than ‘the visually impaired’.",
    ),
    h2("Claims we never make"),
    p("Nobody can promise someone how well they will see, so we don’t say ‘perfect vision’ and we don’t say ‘20/20 guaranteed’. We don’t say that lenses ‘block blue light’; the accurate claim is that they ‘filter some blue light’, and even then we don’t suggest that this protects eye health, because the evidence doesn’t support it."),
    p("We are careful about what an eye test can find. An eye test can pick up signs of some general health conditions, and we can say that. We don’t list conditions in marketing, and we never imply that a test replaces a visit to the customer’s GP."),
    quote("Bad", "Get PERFECT VISION with our cheap specs – book now!"),
    quote("Better", "Your eye test is due. Book a time that suits you and we’ll help you find glasses that feel comfortable all day."),
    p("The first version makes a promise we can’t keep, shouts, and talks down our frames. The second tells the customer why we are writing and what happens next."),
    h1("Product and service names"),
    p("Our eye care plan is the ClearCare Plan. ClearCare® is a registered trade mark, so use the ® symbol the first time it appears in any document or email, and not after that. Write it with a capital C in the middle and a capital P on Plan: not Clearcare, Clear Care or ClearCare plan."),
    p("LensLoop is our contact lens subscription. It is one word with two capital Ls, never Lens Loop or Lensloop. Customers can cancel it at any time, and we say so whenever we mention the monthly price."),
    p("Penrose at Home is our home visiting service for customers who can’t get to a practice on their own. ‘At’ stays lower case, including in headings, and we don’t shorten it to PAH, even in internal reports that customers might see."),
    h1("Punctuation and formatting"),
    ul(
      "One exclamation mark is the limit in any email. Most emails shouldn’t need one at all.",
      "Don’t write whole words in capitals. It reads as shouting, and screen readers may spell the word out letter by letter.",
      "Write times as 9.30am and 2pm, and dates as Monday 4 March.",
      "Prices include the pound sign and no pence unless there are some: £99, £129.50.",
      "Practice names are the town or area: Penrose Llandeilo, Penrose Taunton.",
    ),
    h1("Required wording"),
    p("Use this wording exactly. Don’t change it to fit a design; change the design instead. The wording goes at the end of the email, after the sign-off, in the small-print style."),
    table(
      ["When to use it", "Wording (copy exactly)"],
      [
        ["Every appointment reminder and recall email", EVERY],
        ["Any email or leaflet that mentions the glasses offer", OFFER],
        ["Every LensLoop email, and any other email that mentions contact lenses", LENSES],
      ],
      [0.32, 0.68],
    ),
    callout("NHS customers:", "Customers who receive an NHS sight test or optical voucher must be told what they are entitled to before we talk about upgrades. Scripts for practice teams are in the Clinical Governance folder."),
    h1("Signing off"),
    p("Emails come from the customer’s own practice where we can manage it, and from ‘Penrose Opticians’ when we can’t. Either way, sign off with ‘Best wishes from everyone at Penrose’ – no full stop, and no individual names, because customers reply to the practice inbox rather than to one person."),
    h1("Competitors"),
    p("Customers sometimes mention Brightlens or Harcourt & Mead Opticians, especially when they have seen a price in a newspaper. We don’t name other opticians in anything we write, and we don’t make price comparisons. Talk about what we offer and let the customer compare."),
  ],
  key: {
    bannedTerms: [
      { term: "eye exam", replacement: "eye test" },
      { term: "specs", replacement: "glasses" },
      { term: "eye doctor", replacement: "optometrist" },
      { term: "the visually impaired", replacement: "people with sight loss" },
      { term: "perfect vision", replacement: null },
      { term: "20/20 guaranteed", replacement: null },
      { term: "block blue light", replacement: "filter some blue light" },
    ],
    productNames: ["ClearCare Plan", "LensLoop", "Penrose at Home"],
    disclaimers: [EVERY, OFFER, LENSES],
    signOff: "Best wishes from everyone at Penrose",
    style: { maxExclamations: 1, allowEmoji: null, noAllCaps: true, noExclamationInSubject: null },
    notBanned: ["clear", "comfortable", "check-up", "local", "expert advice", "take your time", "cheap", "Brightlens", "Harcourt & Mead Opticians", "warm", "unhurried"],
  },
};
