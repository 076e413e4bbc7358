/** A segment rule in words, for lists and previews (no schema library: the audiences page loads it on first paint). */
import type { SegmentRule } from "./segments";

export function describeRule(rule: SegmentRule): string {
  switch (rule.type) {
    case "attribute":
      return `${rule.key} ${rule.op === "equals" ? "is" : "contains"} “${rule.value}”`;
    case "bought_category":
      return `bought from ${rule.category} in the last ${rule.days} days`;
    case "spend_over":
      return `spent over ${rule.amount} in the last ${rule.days} days`;
    case "never_purchased":
      return "never purchased";
    case "active_within":
      return `active in the last ${rule.days} days`;
  }
}
