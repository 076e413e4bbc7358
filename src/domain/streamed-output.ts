/**
 * A job's output as a watcher assembles it from a snapshot and token events
 * (`text` belongs at character `offset`). Events may repeat what the snapshot
 * already holds (they were announced while it was read, or replayed after a
 * reconnect): text already there changes nothing. An event beyond the end
 * means text was missed; it is ignored and the next snapshot brings it.
 */
export function mergeStreamedOutput(output: string, offset: number, text: string): string {
  if (offset > output.length) return output;
  if (offset + text.length <= output.length) return output;
  return output.slice(0, offset) + text;
}
