/**
 * Retail (independent bookshops), HTML staff-handbook page written almost entirely in prose: preferred
 * words named in a paragraph, bans with and without alternatives stated only in sentences, a short
 * "X → Y" spelling list, a retired shelf card quoting two listed bans beside an unlisted "page-turner",
 * a loyalty scheme called "Bookmark" (an ordinary word) with misspellings, an exclamation limit in prose,
 * a two-line sign-off, legal lines that must sit at the bottom (page footer), and a copyright line that
 * is not a disclaimer.
 */
import { callout, h1, h2, legal, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const POINTS = "Bookmark points have no cash value and can’t be exchanged for cash. Full terms at foxglovebooks.co.uk/bookmark.";
const COMPANY = "Foxglove Books Ltd, 12 Castle Street, Ludlow SY8 1AT. Registered in England and Wales No. 07233519.";

export const foxgloveBooks: Guide = {
  basename: "foxglove-books",
  format: "html",
  industry: "retail",
  brand: "Foxglove Books",
  title: "Writing for Foxglove",
  subtitle: "How we write the newsletter, shelf cards and the website",
  meta: "Kept by the marketing desk in Ludlow. Last updated February 2024.",
  author: "Foxglove Books",
  html: {
    accent: "#6b3fa0",
    fontFamily: "Georgia, 'Times New Roman', serif",
    siteName: "Foxglove Staff Handbook",
    navLinks: ["Staff home", "Shop floor", "Events", "Writing", "Rotas"],
    toc: true,
    copyright: "© 2024 Foxglove Books Ltd. Illustrations © Maud Pellow. Please don’t reproduce any part of this handbook outside the company.",
  },
  blocks: [
    h1("Who we are"),
    p("Foxglove is six independent bookshops in market towns along the Welsh Marches: Ludlow, Leominster, Hay, Knighton, Church Stretton and Bishop’s Castle. We opened in Ludlow in 1994 with two rooms and a second-hand section, and we still buy every book for a particular shop with that shop’s readers in mind. Our newsletter goes to about 23,000 people, and it is how most of them hear about author events and new books."),
    p("Everything we write should sound like it came from a bookseller who has read the book, rather than a marketing department that has read the press release. This page explains what that means in practice. It is not a rule book, but the few things we ask you not to do, we really do mean."),
    h1("How we sound"),
    p("Think of the best conversation you have had across the counter: someone asks for ‘something like the last one’, and you put three books in their hands and explain exactly why. That is our voice. We are enthusiastic without gushing, knowledgeable without showing off, and always specific: ‘a quiet, funny novel about two sisters running a failing garden centre’ tells a reader straight away whether the book is for them."),
    p("Write in the first person plural when the shop is speaking, and in the first person singular when a named bookseller is recommending something. Recommendations are always signed with the bookseller’s first name and shop."),
    h1("Words we reach for"),
    p("Some words come up again and again in the recommendations customers tell us they love, and we are happy to lean on them: curious, recommend, browse, well-thumbed, and, most of all, ‘we think you’ll like this’. None of them is compulsory, but if you find yourself reaching for an adjective, try one of these first."),
    h1("Words we leave on the shelf"),
    p("We don’t call books ‘unputdownable’. If a novel kept you up until two in the morning, say it’s gripping, and tell us why. ‘Must-read’ has been worn smooth by years of overuse, and we have stopped using it altogether."),
    p("Please don’t describe a title as a ‘beach read’; ‘a holiday read’ is fine, and it doesn’t assume everyone holidays by the sea. Our customers are readers, never bookworms. And the word ‘bargain’ belongs on the market stall, not in our newsletter: if a price is good, give the price and let the reader decide."),
    p("These are small things, but customers notice them. One of our longest-standing Bookmark members wrote to us last year to say she could tell when a newsletter had been written ‘by someone who doesn’t work in a shop’. She was right, and it was one of those words that gave it away."),
    h2("Two spellings"),
    ul("ebook → e-book", "audio book → audiobook"),
    h2("A shelf card we retired"),
    quote(undefined, "The must-read beach read of the summer – a total page-turner!"),
    p("It was written in a hurry, and it says nothing about the book except that it exists and it is summer. The replacement, by Ceri in Knighton, was two lines about the narrator’s voice and a warning that the ending would make you cross. It sold forty copies."),
    h1("The Bookmark card and other names"),
    p("Our loyalty scheme is Bookmark. Because bookmark is also an ordinary word, and one that turns up in our newsletters a good deal, write the scheme with a capital B and, on first mention in anything, as ‘the Bookmark card’. It is never BookMark or Book Mark."),
    p("Foxglove Picks is our monthly subscription: a hardback chosen by the booksellers, posted on the first Thursday of the month. Write both words with capitals and don’t shorten it to Picks in headlines. Foxglove Live is our programme of author events. It is not Foxglove LIVE, and it is not ‘Live at Foxglove’, which was the name of a different series that ended in 2019."),
    h2("What goes in the newsletter"),
    table(
      ["Section", "What goes in it", "Length"],
      [
        ["Letter from the shops", "News from one of the six shops, written by someone who works there", "150–250 words"],
        ["New this month", "Six to eight new books, each with a short recommendation", "40–60 words each"],
        ["Foxglove Live", "The month’s author events, with dates, prices and how to book", "As needed"],
        ["From the second-hand room", "One interesting find, with a photograph", "80–120 words"],
      ],
      [0.26, 0.54, 0.2],
    ),
    h1("Punctuation and small things"),
    p("We allow ourselves one exclamation mark per newsletter, and we like to spend it on a book we love. Capitals are for names and titles, never for emphasis; if you need to emphasise something, the sentence probably needs rewriting. Book titles are in italics on the website and in the newsletter, and in single quotation marks in plain-text emails."),
    p("We write prices as £9.99 and dates as Thursday 7 March. Authors are named in full the first time (Elena Marsh) and by surname after that."),
    callout("A note on prices:", "Publishers set the recommended price of most books, and prices do change. Check the price on the day you write, and never promise that a price will last."),
    h1("Ending the newsletter"),
    p("We sign the newsletter off in the same way every month, on two lines, with no individual names:"),
    quote(undefined, "Happy reading,", "Everyone at Foxglove Books"),
    h1("The bottom of the newsletter"),
    p("The two lines at the foot of this page must sit at the very bottom of every newsletter, below the unsubscribe link, exactly as written. If you are writing an email that mentions Bookmark points outside the newsletter, the first of them must appear in that email too."),
    p("Readers sometimes ask why we don’t stock certain titles that are easy to find at ReadMore Direct or Bindery & Co. We don’t discuss other booksellers in the newsletter. We are happy to order any book in print, and we say so often."),
    legal(POINTS, COMPANY),
  ],
  key: {
    bannedTerms: [
      { term: "unputdownable", replacement: "gripping" },
      { term: "must-read", replacement: null },
      { term: "beach read", replacement: "a holiday read" },
      { term: "bookworms", replacement: "readers" },
      { term: "bargain", replacement: null },
      { term: "ebook", replacement: "e-book" },
      { term: "audio book", replacement: "audiobook" },
    ],
    productNames: ["Bookmark", "Foxglove Picks", "Foxglove Live"],
    disclaimers: [POINTS, COMPANY],
    signOff: "Happy reading, Everyone at Foxglove Books",
    style: { maxExclamations: 1, allowEmoji: null, noAllCaps: true, noExclamationInSubject: null },
    notBanned: ["curious", "recommend", "browse", "well-thumbed", "page-turner", "ReadMore Direct", "Bindery & Co", "specific"],
  },
};
