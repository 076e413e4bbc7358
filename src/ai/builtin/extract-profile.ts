/**
 * Brand-profile extraction without a large model: the layout-aware guide
 * reader (domain/brand-guide/read-rules.ts) fills the same extraction
 * schema a model fills, each item citing the passage and line it came from.
 */
export { readRules as extractProfile, type GuidePassage } from "@/domain/brand-guide/read-rules";
