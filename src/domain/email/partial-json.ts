/**
 * Reads a JSON document that is still being streamed: closes the open string,
 * arrays and objects, dropping a dangling key or comma, so the page can show
 * a draft taking shape instead of raw JSON.
 */
export function parsePartialJson(text: string): unknown {
  let candidate = text.trim();
  for (let tries = 0; tries < 6 && candidate; tries++) {
    const closed = close(candidate);
    if (closed !== null) {
      try {
        return JSON.parse(closed);
      } catch {
        // Fall through: cut back to the previous value boundary and try again.
      }
    }
    const cut = Math.max(candidate.lastIndexOf(","), candidate.lastIndexOf("{"), candidate.lastIndexOf("["));
    if (cut <= 0) return undefined;
    candidate = candidate[cut] === "," ? candidate.slice(0, cut) : candidate.slice(0, cut + 1);
  }
  return undefined;
}

function close(text: string): string | null {
  const stack: string[] = [];
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "{") stack.push("}");
    else if (ch === "[") stack.push("]");
    else if (ch === "}" || ch === "]") {
      if (stack.pop() !== ch) return null;
    }
  }
  let out = text;
  if (inString) out += escaped ? '\\"' : '"';
  // A key without its value, or a trailing comma, cannot be closed as is.
  out = out.replace(/,\s*$/, "").replace(/,?\s*"(?:[^"\\]|\\.)*"\s*:\s*$/, "");
  if (/:\s*$/.test(out)) return null;
  return out + stack.reverse().join("");
}
