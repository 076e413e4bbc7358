/** Style rules stated in a sentence: exclamation marks, emoji, ALL CAPS, subject lines. */
import { normaliseForMatch } from "./guide-blocks";
import { STYLE_SENTENCES } from "./vocabulary";

export type StyleRule =
  | { rule: "maxExclamations"; value: number }
  | { rule: "allowEmoji"; value: boolean }
  | { rule: "noAllCaps"; value: true }
  | { rule: "noExclamationInSubject"; value: boolean }
  | { rule: "signOff"; value: true };

const NUMBERS: Record<string, number> = { zero: 0, no: 0, one: 1, single: 1, "a single": 1, a: 1, two: 2, three: 3, four: 4, five: 5 };

export function readStyle(sentence: string): StyleRule[] {
  const s = normaliseForMatch(sentence);
  if (/^(bad|good|example|e\.g\.)\b/.test(s)) return [];
  const rules: StyleRule[] = [];
  if (/\bexclamation\b/.test(s)) {
    const aboutSubject = STYLE_SENTENCES.subject.test(s);
    // "Exclamation marks: never in a subject line. One in the body…" — the count follows the label.
    const counted = STYLE_SENTENCES.exclamationCount.exec(s)?.[1] ?? /^exclamation (?:marks?|points?)\b[^.:]{0,30}:.*\b(one|two|three|a single)\b (?:in|per) (?:the body|an? email|each email|emails?|a message|each message|messages?|newsletters?)/.exec(s)?.[1];
    const max = STYLE_SENTENCES.maxExclamation.exec(s);
    const limit = counted && counted !== "no" && counted !== "zero" ? counted : max ? (max[1] ?? max[2] ?? max[3]) : undefined;
    const subjectBan = aboutSubject && /\b(never|not|no|none)\b[^.]{0,30}\bsubject|\bsubject(?: lines?)?\b[^.]{0,20}\b(none|never|get no|have no|not|don'?t (?:get|have|take) any)\b|\b(zero|none|no) in (?:the )?subject|\bsubject lines? (?:free of|without)\b|\b(?:free of|without) exclamation[^.]{0,30}\bsubject/.test(s);
    const subjectAllowed = aboutSubject && !subjectBan && /\b(fine|allowed|ok|okay|welcome)\b[^.]{0,20}\bsubject|\bsubject(?: lines?)?\b[^.]{0,20}\b(fine|allowed|ok|okay|welcome)\b/.test(s);
    if (subjectAllowed) rules.push({ rule: "noExclamationInSubject", value: false });
    if (limit !== undefined || (max && !STYLE_SENTENCES.noExclamation.test(s))) {
      const value = limit === undefined ? 1 : (NUMBERS[limit] ?? Number(limit));
      if (Number.isFinite(value) && value <= 10) rules.push({ rule: "maxExclamations", value });
      if (subjectBan) rules.push({ rule: "noExclamationInSubject", value: true });
    } else if (STYLE_SENTENCES.noExclamation.test(s) || subjectBan) {
      // "No exclamation marks in subject lines" is about subjects only; "…anywhere, including subject lines" is both.
      if (aboutSubject) rules.push({ rule: "noExclamationInSubject", value: true });
      if (!aboutSubject || /\b(anywhere|at all|body|emails? or|including|includes|and subject|as well as)\b/.test(s)) rules.push({ rule: "maxExclamations", value: 0 });
    }
  }
  if (/\bemojis?\b/.test(s)) {
    if ((STYLE_SENTENCES.noEmoji.test(s) || STYLE_SENTENCES.emojiNotInEmail.test(s)) && !/\bsparingly|in moderation|at most one\b/.test(s)) rules.push({ rule: "allowEmoji", value: false });
    else if (STYLE_SENTENCES.allowEmoji.test(s)) rules.push({ rule: "allowEmoji", value: true });
  }
  if (STYLE_SENTENCES.noAllCaps.test(s)) rules.push({ rule: "noAllCaps", value: true });
  return rules;
}
