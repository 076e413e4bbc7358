/**
 * Briefs a marketer of a corpus brand might write: its products (typed in
 * the wrong case half the time, as people do), plain facts, an offer, and
 * now and then a word the brand bans, so the writer's rules are exercised.
 */
import { Brief, CAMPAIGN_TYPES, LENGTHS, TONES } from "@/domain/campaign/brief";
import type { GuideKey } from "./guide-corpus";

const FACTS: Record<string, string[]> = {
  finance: ["No monthly fee", "Open it in the app in ten minutes", "Interest is paid monthly", "Withdraw when you need to", "Manage everything from your phone"],
  health: ["Book an appointment online", "Appointments within 48 hours", "Prescriptions delivered to your door", "Speak to a pharmacist by video", "Made with vitamin D3 and zinc"],
  retail: ["Free returns within 30 days", "Made from recycled nylon", "Available in six colours", "Ships within two working days", "Sizes from XS to XXL"],
  other: ["Roasted every Monday", "Delivered in recyclable packaging", "Cancel any time", "Set up in five minutes", "Available in three sizes"],
};

const MESSAGES = [
  "Everything you need is in one place, and it takes a few minutes to get started",
  "We listened to what you asked for and made the everyday things simpler",
  "It is the same quality you know, with a few thoughtful changes",
  "There is nothing to install and nothing to pay up front",
];

export function companyName(key: GuideKey): string {
  return key.file
    .replace(/\.[a-z]+$/, "")
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/** How people mistype a product name: the first letter's case flipped, or all lower case. */
export function miscased(name: string): string {
  const flipped = name.charAt(0) === name.charAt(0).toUpperCase() ? name.charAt(0).toLowerCase() + name.slice(1) : name.charAt(0).toUpperCase() + name.slice(1);
  return /^\p{Lu}\p{Ll}+$/u.test(name) ? name.toUpperCase() : flipped;
}

export function corpusBriefs(key: GuideKey, count: number, random: () => number): Brief[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const facts = FACTS[key.industry] ?? FACTS.other!;
  return Array.from({ length: count }, (_, i) => {
    const products = key.productNames.slice(0, 1 + (i % 2)).map((name, j) => ({
      name: (i + j) % 2 === 0 ? miscased(name) : name,
      url: "https://shop.example.com/p",
      price: "",
      facts: `${pick(facts)}. ${pick(facts)}.`,
    }));
    const banned = i % 4 === 0 && key.bannedTerms.length ? ` Some call it ${key.bannedTerms[i % key.bannedTerms.length]!.term}.` : "";
    return Brief.parse({
      name: `Spring update ${i + 1}`,
      type: CAMPAIGN_TYPES[i % CAMPAIGN_TYPES.length],
      goal: "Get existing customers to take a look",
      audience: "Existing customers",
      offer: i % 3 === 0 ? "" : pick(facts),
      keyMessage: `${pick(MESSAGES)}.${banned}`,
      products,
      tones: [key.industry === "finance" || key.industry === "health" ? "calm" : pick(TONES.filter((t) => t !== "urgent"))],
      ctaText: "Take a look",
      ctaUrl: "https://shop.example.com/",
      length: LENGTHS[i % LENGTHS.length],
      variants: 5,
    });
  });
}
