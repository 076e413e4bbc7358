export { checkCopy, MAX_COUNTED_PER_RULE, PENALTY, score } from "./check";
export { PREHEADER_MAX, PREHEADER_MIN, READING_GRADE_MAX, SPAM_PHRASES, SUBJECT_MAX, UNVERIFIABLE_CLAIMS } from "./email-rules";
export * from "./types";
