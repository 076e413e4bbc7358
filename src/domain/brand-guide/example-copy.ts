/**
 * The guide's own example copy ("Example email", "What good looks like",
 * a "Good example" callout): sentences the brand holds up as its voice. The
 * builtin writer may use them as they are, so only sentences that say
 * nothing particular survive: no names (a capitalised word past the first),
 * no numbers, no links, no greeting, subject line or sign-off. Bad examples
 * are never taken.
 */
import { EXAMPLE_SECTION, NOT_AN_EXAMPLE } from "./vocabulary";

export interface GuidePassage {
  section: string;
  text: string;
}

const GOOD_LABEL = /^(?:>\s*)?(?:good|great|better|do|yes|✓|✔|✅)(?: example)?:?$/i;
const BAD_LABEL = /^(?:>\s*)?(?:bad|poor|worse|don'?t|no|not this|✗|✘|❌)(?: example)?:?$/i;
const MAX_LINES = 40;

export function exampleCopyLines(passages: readonly GuidePassage[]): string[] {
  const lines: string[] = [];
  for (const passage of passages) {
    const exampleSection = EXAMPLE_SECTION.test(passage.section) && !NOT_AN_EXAMPLE.test(passage.section);
    // Words written with a capital inside a sentence are names; one starting a sentence is a name too ("Lisbon is ready").
    const names = new Set([...passage.text.matchAll(/(?<=[\p{Ll},;:]\s+)(\p{Lu}[\p{L}'’-]*)/gu)].map((m) => m[1]!));
    // Inside a passage: a "Good example" label opens example copy, a "Bad example" label closes it until the next good one.
    let state: "none" | "good" | "bad" = "none";
    for (const raw of passage.text.split("\n")) {
      const line = raw.trim();
      if (GOOD_LABEL.test(line)) state = "good";
      else if (BAD_LABEL.test(line)) state = "bad";
      else if (/^#/.test(line)) state = "none";
      else if (state === "good" || (state === "none" && exampleSection && line.startsWith(">"))) lines.push(...reusableSentences(line.replace(/^>\s*/, ""), names));
    }
  }
  return [...new Set(lines)].slice(0, MAX_LINES);
}

/** The sentences of one line of example copy that could stand in any email of the brand. */
function reusableSentences(line: string, names: ReadonlySet<string>): string[] {
  if (/^(subject|preheader|preview|from|to)\s*:/i.test(line)) return [];
  if (/^(hi|hello|hey|dear|good (morning|afternoon|evening))\b/i.test(line)) return [];
  // A sign-off line ("Safe travels,") or a signature ("The Bluewater team").
  if (/,$/.test(line) || /^the\s+\S+(\s+\S+)?\s+team\.?$/i.test(line)) return [];
  return line
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => {
      const words = s.split(/\s+/);
      if (words.length < 4 || words.length > 22 || !/[.!?]$/.test(s)) return false;
      if (/\d|https?:|www\.|@|[|<>{}[\]]/.test(s)) return false;
      // A name or a product past the first word ties the sentence to one email.
      if (names.has(words[0]!.replace(/[^\p{L}'’-]/gu, ""))) return false;
      return !words.slice(1).some((w) => /^[“"(]?\p{Lu}/u.test(w) && w !== "I" && !/^I['’]/.test(w));
    });
}
