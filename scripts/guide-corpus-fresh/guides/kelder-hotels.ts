/**
 * Hospitality (hotel group), plain text, prose only: every rule is a sentence ("Say X,
 * not Y", "X is out", "Please avoid X", "Prefer X to Y", "Replace X with Y"), a
 * sentence of words we are happy with (trap), product names in prose with ® and
 * misspellings, "Stay Longer" as ordinary words, a two-line sign-off, two required
 * sentences after a "* * *" rule, then a copyright line that is not a disclaimer.
 */
import type { Guide } from "../../guide-corpus/types";
import { h1, legal, p } from "../../guide-corpus/guides/blocks";

const RATES = "All rates include VAT. Free cancellation until 2pm, 48 hours before arrival, unless you booked a non-refundable rate.";
const POINTS = "Kelder Rewards points are earned on eligible stays only and have no cash value.";

export const kelderHotels: Guide = {
  basename: "kelder-hotels",
  format: "text",
  industry: "hospitality",
  brand: "Kelder Hotels",
  title: "Kelder Hotels: Writing to Guests",
  subtitle: "A short guide for reservations, front of house and marketing",
  meta: "Guest Experience Office, Harrogate. Revised November 2024.",
  author: "Kelder Hotels Guest Experience",
  blocks: [
    h1("Before you start"),
    p("Kelder is a group of fourteen hotels across Yorkshire and the Scottish Borders: converted mills, two coaching inns, a Georgian townhouse in York and a former railway hotel in Berwick. No two are alike, and we like it that way. What they share is the way we look after guests, and that includes the way we write to them."),
    p("This guide is for anyone who writes to a guest, from the reservations team in Harrogate to the general managers who send welcome notes. It is deliberately short. It doesn't cover the website, which the digital team looks after, or group and wedding sales, which have their own templates."),
    p("Our guests could stay with Marlowe Inns or Brackenridge Hotels in most of our towns, often for less. They choose us for the buildings, the breakfasts and the people. Emails are one of the few places guests meet our people before they arrive, so they matter more than they might seem to."),
    h1("How we sound"),
    p("We sound like the best receptionist you have ever met: someone who remembers your name, tells you where to park before you ask, and never makes you feel like a booking reference. Friendly but not chummy, helpful but not fussy, proud of our hotels without going on about it."),
    p("Write to one guest at a time. Use their name once, at the start. Put the useful things (dates, times, the car park, the restaurant booking) where they can be found in a hurry on a phone in a station."),
    h1("Words"),
    p("Say \u201cguests\u201d, not \u201ccustomers\u201d. Someone who stays with us is a guest from the moment they book, and the word reminds us how to treat them."),
    p("\u201cNestled\u201d is out, and so is \u201chidden gem\u201d. Every hotel brochure in the country uses them, and they tell a guest nothing about where we actually are. Say what is nearby and how far it is."),
    p("Please avoid \u201cluxury\u201d and \u201cworld-class\u201d. Let the details do the work: the three-hundred-year-old beams, the kippers from Whitby at breakfast, the fire that is lit by four o'clock from October to March."),
    p("Prefer \u201cwhat\u2019s included\u201d to \u201camenities\u201d. It's what guests actually want to know, and it makes us list things properly."),
    p("Replace \u201cno-show fee\u201d with \u201cmissed-stay charge\u201d in every email and on the booking pages. The charge is the same; the name is less accusatory, and the guest may well have had a good reason."),
    p("On the other hand, we are very happy with \u201ccosy\u201d, \u201cunhurried\u201d and \u201cproper breakfast\u201d. Guests use those words about us in reviews, and you will find them in most of our best emails."),
    h1("Our names"),
    p("Our loyalty programme is Kelder Rewards\u00ae. Write it in full with a capital R; never \u201cKelder Reward\u201d, \u201cKelderRewards\u201d or \u201cthe Rewards\u201d. The symbol goes on the first mention in marketing emails only."),
    p("Stay Longer is our offer for stays of three nights or more. Capitalise both words when you mean the offer, and leave them in lower case when you are simply inviting someone to stay longer. Each hotel's restaurant is the Kelder Kitchen, with a capital K, followed by the hotel's name where it helps: the Kelder Kitchen at Ravensworth Mill."),
    h1("Punctuation"),
    p("We don't use exclamation marks. Not one, not even in a welcome email. Nor emoji. A warm sentence does more than either, and our guests tend to agree."),
    p("Times are written 3pm and 11am, dates as Friday 14 March. Prices include the pound sign and no pence unless there are pence: \u00a3145, \u00a312.50."),
    h1("Signing off"),
    p("Close every email like this, on two lines:"),
    p("Until next time,"),
    p("Everyone at Kelder Hotels"),
    p("A member of the reservations team may add their own name above the sign-off when a guest has been dealing with one person throughout. General managers sign welcome notes with their first name only."),
    h1("What has to be there"),
    p("Every booking confirmation must carry the two sentences at the end of this document, word for word. Marketing emails carry the second one whenever they mention Kelder Rewards. Both are already in the templates."),
    legal(RATES, POINTS),
    p("\u00a9 Kelder Hotels Group Ltd 2024. Internal document; please don't forward it outside the company."),
  ],
  key: {
    bannedTerms: [
      { term: "customers", replacement: "guests" },
      { term: "nestled", replacement: null },
      { term: "hidden gem", replacement: null },
      { term: "luxury", replacement: null },
      { term: "world-class", replacement: null },
      { term: "amenities", replacement: "what\u2019s included" },
      { term: "no-show fee", replacement: "missed-stay charge" },
    ],
    productNames: ["Kelder Rewards", "Stay Longer", "Kelder Kitchen"],
    disclaimers: [RATES, POINTS],
    signOff: "Until next time, Everyone at Kelder Hotels",
    style: { maxExclamations: 0, allowEmoji: false, noAllCaps: null, noExclamationInSubject: null },
    notBanned: ["cosy", "unhurried", "proper breakfast", "Marlowe Inns", "Brackenridge Hotels", "KelderRewards", "chummy"],
  },
};
