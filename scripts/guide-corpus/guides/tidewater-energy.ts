/** Energy supplier, plain text: prose only (no lists or tables), ALL-CAPS headings; every rule, the sign-off and the style limits are stated in sentences; two required closing lines after a separator. */
import type { Guide } from "../types";
import { h1, legal, p } from "./blocks";

const REGISTERED = "Tidewater Energy Supply Ltd is registered in England and Wales, company number 09127744, and is a member of the Energy Ombudsman scheme.";
const GREENFLEX = "GreenFlex prices are fixed for 12 months from your start date. Exit fees apply if you leave before the end of your contract.";

export const tidewaterEnergy: Guide = {
  basename: "tidewater-energy",
  format: "text",
  industry: "energy",
  brand: "Tidewater Energy",
  title: "Tidewater Energy: How We Write",
  subtitle: "Notes for the customer communications team and our agencies",
  meta: "Last revised November 2023 by Owen Pryce, Head of Customer Communications",
  author: "Owen Pryce",
  blocks: [
    h1("Why we wrote this down"),
    p("Tidewater supplies gas and electricity to about 310,000 homes, most of them in the South West and Wales. For years our customer emails were written by whoever happened to be free, and it showed: customers told us we sounded like three different companies, and one of them was a debt collector. These notes are an attempt to fix that. They are deliberately written as a letter rather than a rulebook, because we would rather you understood the thinking than ticked boxes."),
    p("Read it once properly. After that, the sections on the words we avoid and on the small print at the end are the ones you will come back to."),
    h1("Who we are writing to"),
    p("Our customers did not choose to think about energy. They think about it when a bill arrives, when the weather turns cold, or when they hear on the news that prices are going up again. Many of them are worried about money, and some of them are in real difficulty. A lot of them came to us from Brightline Power or Northern Volt after a bad experience, and they are waiting to see whether we are any different. Every email is a chance to show them that we are."),
    p("That means being useful first. Tell people what has changed, what it means for them, and what, if anything, they need to do. Put the number that matters in the first paragraph. If the news is bad, say so plainly and then say what help is available. Never make someone read to the bottom of an email to find out whether their bill is going up."),
    h1("How we sound"),
    p("We want to sound like a knowledgeable neighbour: someone who happens to understand the energy market, explains it without talking down, and is on your side. We are calm rather than chirpy, practical rather than clever, and honest even when honesty is less flattering to us than spin would be. Humour is fine in small doses, but not in any email about prices, debt or the cold."),
    p("We write in the first person plural and speak to the customer directly. We use contractions, because that is how people talk. We keep sentences short and paragraphs shorter, because most of our emails are read on a phone, often by someone standing in a kitchen looking at a meter."),
    h1("The words we avoid"),
    p("We never call a tariff cheap; low-cost is the word we use, and only when the numbers back it up. Cheap suggests a corner has been cut somewhere, and with energy people worry that the corner is safety or service."),
    p("We don't say green on its own when we are talking about the energy itself; say renewable instead, because we can show exactly where renewable electricity comes from and green can mean anything. The name of our GreenFlex tariff is the one exception, because it is a name."),
    p("Please don't describe any price as \"fixed forever\". Nothing in this market is, and the regulator takes a dim view of anyone who suggests otherwise. Fixed prices are fixed for a stated period, and we always say what the period is."),
    p("Avoid the phrase \"bill shock\". It frightens people who are already anxious, and it makes us sound as though we are enjoying the drama. Describe the change and its size instead."),
    p("Finally, we don't promise that customers will \"switch and save\". Some do and some don't, depending on how they use energy, and a promise that turns out to be untrue for a particular customer is worse than no promise at all."),
    h1("Our products"),
    p("We have two products that customers need to recognise by name. GreenFlex is our fixed-price tariff backed by renewable electricity; it is one word with a capital G and a capital F, and it is a tariff rather than a plan. HomeSense is our smart thermostat and the app that controls it; one word, capital H and capital S. When you mention HomeSense in an email, say what it does for the customer rather than listing features."),
    p("Our company is Tidewater Energy in full on first mention and Tidewater after that. The legal entity, Tidewater Energy Supply Ltd, appears only in the small print."),
    h1("Punctuation and other details"),
    p("Exclamation marks don't belong in our emails, and that includes subject lines. Energy is a serious subject for most of our customers, and an exclamation mark next to a price reads as either excitement about taking their money or panic. We also don't write words in capitals to make a point; if something is important, put it first and keep the sentence short."),
    p("Write amounts in pounds and pence with the pound sign, and always give unit rates in pence per kilowatt hour with the standing charge alongside them. Dates are written out in full. We use British spelling throughout."),
    h1("Signing off"),
    p("We close every email with \"All the best, The Tidewater team\" and nothing else: no individual names, no job titles and no postscripts. If a customer needs to reach a particular person, give that person's details in the body of the email."),
    h1("The small print"),
    p("Every marketing email must end with the two sentences that close this document, copied exactly, including the company number. The second sentence must be included even when an email does not mention GreenFlex by name, because most of our customers are on it. If you are unsure whether an email counts as marketing, treat it as marketing."),
    legal(REGISTERED, GREENFLEX),
  ],
  key: {
    bannedTerms: [
      { term: "cheap", replacement: "low-cost" },
      { term: "green", replacement: "renewable" },
      { term: "fixed forever", replacement: null },
      { term: "bill shock", replacement: null },
      { term: "switch and save", replacement: null },
    ],
    productNames: ["GreenFlex", "HomeSense"],
    disclaimers: [REGISTERED, GREENFLEX],
    signOff: "All the best, The Tidewater team",
    style: { maxExclamations: 0, allowEmoji: null, noAllCaps: true, noExclamationInSubject: true },
    notBanned: ["Brightline Power", "Northern Volt", "fixed"],
  },
};
