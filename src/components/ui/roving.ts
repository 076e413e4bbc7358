import type { KeyboardEvent } from "react";

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Keys for a tab list or radio group by the WAI-ARIA pattern: arrows move the
 * choice (wrapping), Home and End go to the ends, and focus follows. The
 * group is one tab stop: give the chosen item tabIndex 0 and the others -1.
 * `items` are in the order their elements ([role=tab] or [role=radio]) appear.
 */
export function onRovingKeyDown<T>(event: KeyboardEvent<HTMLElement>, items: readonly T[], current: T, choose: (item: T) => void) {
  const at = Math.max(0, items.indexOf(current));
  const step = STEPS[event.key];
  const next = step !== undefined ? (at + step + items.length) % items.length : event.key === "Home" ? 0 : event.key === "End" ? items.length - 1 : null;
  if (next === null || items.length === 0) return;
  event.preventDefault();
  choose(items[next]!);
  event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"], [role="radio"]')[next]?.focus();
}
