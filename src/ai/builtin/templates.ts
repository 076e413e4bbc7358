/**
 * The builtin model's library of email structures: sentence templates per
 * campaign type and per variant angle, with slots the brief fills. A
 * template whose slots the brief leaves empty is never used, so nothing
 * reaches a draft half-filled. Nothing here states a fact about a product:
 * facts come only from the brief. `{?slot}` writes nothing but keeps the
 * template for briefs that have that slot ("Save on …" only for an offer
 * that is a saving).
 */
import type { CampaignType } from "@/domain/campaign/brief";

export const SUBJECTS: Record<CampaignType, string[]> = {
  launch: ["Something new for you", "Just launched", "A first look, just for you", "New this week at {company}", "Meet {product}", "Say hello to {product}", "Just in: {product}", "Something new from {company}", "{product}, made for you", "It's here: {product}", "{product} is here", "New from us: {product}", "First look: {product}", "Introducing {product} from {company}", "Now available: {product}"],
  promotion: ["A treat for you", "{?offer}Our thanks, in an offer", "Something nice for you", "For you, this week", "{offer}", "A little something for you", "Your offer inside: {offer}", "Good news from {company}", "{?saving}Save on {product}", "Treat yourself to {product}", "{offer} on {product}", "A thank-you from {company}", "{offer}: a thank-you", "{product}, now with {offerShortLower}", "This week: {offer}", "A closer look at {product}", "{product}: worth a look", "Why people choose {product}", "More reasons to love {product}"],
  newsletter: ["Our latest news", "The latest from us", "A short read for your week", "Notes from the team", "This month at {company}", "News from {company}", "Your {company} update", "A few things worth reading", "Fresh from {company}", "What's new at {company}", "Stories and news from {company}", "News about {product}", "{product}, and more this month", "This month: {product}", "A closer look at {product}", "{offer}, and other news"],
  win_back: ["Long time, no see", "Good to see you again", "There's something new for you", "Back when you are ready", "We've missed you", "It's been a while", "Come back to {company}", "Something new since your last visit", "{product} is waiting", "A reason to come back", "Still thinking of you", "Here's what you've missed", "Welcome back, whenever you're ready", "{offer}, just for you", "Come back to {product}", "{product} has changed since your last visit", "Have you seen {product} lately?", "What is new with {product}"],
  abandoned_cart: ["Anything we can help with?", "Your picks are saved", "Just a gentle reminder", "One step left", "You left something behind", "Still thinking about {product}?", "Your cart is waiting", "{product} is still in your cart", "Ready when you are", "Finish your order", "Did something come up?", "Your {product} is saved", "Pick up where you left off", "A quick reminder from {company}", "Still deciding on {product}?", "{product}: pick up where you left off", "Your {product} is one step away"],
  event: ["You're invited", "Join us", "Save the date", "An invitation for you", "An invitation from {company}", "Join us for {product}", "{product}: you are invited", "Save the date for {product}", "Come and see {product}", "An evening with {product}", "Your invitation to {product}", "{company} invites you to {product}"],
};

export const HEADINGS: Record<CampaignType, string[]> = {
  launch: ["Meet {product}", "New from us", "Now available: {product}", "A new one to try", "Something new for you", "Say hello to {product}", "Here's what's new", "Introducing {product}", "Now in the shop: {product}", "Out now", "The newest addition"],
  promotion: ["{offer}", "A little something for you", "Something for you", "Treat yourself", "Good news", "{?offer}An offer for you", "Our offer: {offer}", "A thank-you from us", "Good to know", "For our customers", "Worth a look: {product}"],
  newsletter: ["This time at {company}", "What's new", "The highlights", "Worth a read", "News from {company}", "In this issue", "The latest", "A few updates", "From the team", "Catching up"],
  win_back: ["We've missed you", "Welcome back", "It's been a while", "Here's what's new", "Come take a look", "Still here for you", "Good to see you", "Since you were last here", "A lot has changed", "Back whenever you are"],
  abandoned_cart: ["Still thinking it over?", "Your cart is saved", "Ready when you are", "You left something behind", "Pick up where you left off", "A quick reminder", "Still deciding?", "Your picks are saved", "Just a reminder", "Anything we can help with?"],
  event: ["You're invited", "Join us", "Save the date", "Come along", "We'd love to see you", "An invitation", "Come and see us", "Join us for {product}", "Be our guest"],
};

/** Openings, one family per variant angle (the same order as VARIANT_ANGLES). */
export const OPENINGS: string[][] = [
  ["{keyFirst}", "Here's the short version: {keyFirstLower}", "First things first: {keyFirstLower}"],
  ["Looking for something new for your days? {keyFirst}", "Ever wished for {productArticle} like {product}? {keyFirst}", "What would make this week easier? {keyFirst}"],
  ["It started with a simple idea at {company}. {keyFirst}", "Picture your first moment with {product}. {keyFirst}", "We kept asking one question while we worked on {product}. {keyFirst}"],
  ["{offerSentence} {keyFirst}", "Here's our offer: {offerLower}. {keyFirst}", "Good news: {offerLower}. {keyFirst}"],
  ["Here's something you might not know: {keyFirstLower}", "A small detail we're proud of: {keyFirstLower}", "One thing worth knowing about {product}: {keyFirstLower}"],
  ["{keyFirst}", "In short: {keyFirstLower}", "The news, plainly: {keyFirstLower}"],
  ["A quick note from all of us at {company}. {keyFirst}", "We wanted you to hear it from us first. {keyFirst}", "From everyone at {company}: {keyFirstLower}"],
  ["Imagine having {product} ready whenever you want it. {keyFirst}", "Think of how you'd like your days to feel. {keyFirst}", "This is for the moments that matter to you. {keyFirst}"],
  ["Not sure it's for you? {keyFirst}", "Wondering whether {product} fits your routine? {keyFirst}", "If you've been on the fence, here's what to know. {keyFirst}"],
  ["Here's a simple way to get started. {keyFirst}", "A quick tip before you dive in: start with {product}. {keyFirst}", "Getting started is easy. {keyFirst}"],
];

/**
 * Middle sentences in families: each family says one thing, in several
 * phrasings; variants take different phrasings. The first three carry the
 * brief's content and come first; the rest are courtesy lines, used sparingly.
 */
export const CONTENT_FAMILIES = 3;

export const MIDDLES: string[][] = [
  ["{keyRest}"],
  // The product's own facts, said once (the campaign's name and the audience description are internal: never in copy).
  ["{product} in brief: {factsLower}.", "What you get with {product}: {factsLower}.", "The essentials: {factsLower}.", "A few facts about {product}: {factsLower}."],
  ["The offer is simple: {offerLower}.", "Here's the offer, plainly: {offerLower}.", "Our offer for you: {offerLower}.", "And yes, there is an offer: {offerLower}.", "To say thank you: {offerLower}."],
  ["All the details are one click away, below.", "Follow the button below for the full picture.", "The button below has everything else you need.", "The rest is on our site, a click away.", "Everything else is behind the button below."],
  ["If you have a question, just reply to this email. A real person reads every message.", "Any questions at all, hit reply.", "Something unclear? Our team answers every reply.", "Questions? Reply to this email and someone from {company} will answer.", "We're happy to help: simply reply with any question.", "Not sure about something? Write back and we'll sort it out.", "Your reply lands with our team, so ask away."],
  ["Take your time to look around. It will all be there when you're ready.", "There's no rush: come back whenever it suits you.", "Look around at your own pace.", "There's no rush. Have a look at {product} whenever suits you.", "Whenever you're ready, {product} is a click away.", "Come back to {product} any time.", "{product} will keep until you're ready."],
  ["Thank you for being part of {company}.", "We appreciate you.", "Thanks, as ever, for reading.", "We're glad you're here with us at {company}.", "It means a lot that you read our emails. Thank you.", "Thanks for being with us.", "Thank you for reading, as always."],
];

export const CLOSINGS: Record<CampaignType, string[]> = {
  launch: ["Take a look and tell us what you think.", "We think you'll like it.", "Let us know what you make of it.", "We can't wait to hear what you think.", "Have a look whenever you're ready.", "We hope it becomes a favourite.", "Tell us how you get on."],
  promotion: ["Take a look while the offer lasts.", "Have a look around; we think you'll find something you like.", "Enjoy, and thank you for being with us.", "Happy browsing.", "We hope you find something you love."],
  newsletter: ["Thanks for reading, and see you next time.", "That's all for now. Thanks for reading.", "Until next time.", "More soon.", "See you in the next issue."],
  win_back: ["We'd love to see you again.", "Come say hello whenever you're ready.", "Your spot is still here for you.", "It would be good to have you back.", "We kept the door open for you."],
  abandoned_cart: ["Your items are saved for you.", "Whenever you're ready, it only takes a minute.", "If something went wrong, just reply and we'll help.", "Your cart is right where you left it.", "Finishing up takes just a moment."],
  event: ["We'd love to see you there.", "Save your seat and we'll see you soon.", "Bring a friend, too.", "See you there.", "We're keeping a seat for you."],
};

export const SIGN_OFFS = ["The {company} team", "Warmly, the {company} team", "All the best, {company}", "See you soon, the {company} team", "Thanks, the {company} team"];

export const PREHEADER_TAILS = ["Take a look inside.", "Here's what to know.", "Read on for the details.", "Open for the full story.", "It only takes a minute to read."];
