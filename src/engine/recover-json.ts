/**
 * Reads as much as possible of a JSON text that was cut off (a crash while the browser wrote it):
 * the longest prefix that ends right after a complete object or array, closed with the brackets
 * still open there. Returns undefined when not even that is readable. The caller validates what
 * comes back piece by piece, so a half-written last entry is dropped, not taken as whole.
 */
export function recoverTruncatedJson(text: string): unknown {
  // One pass: where each object or array ends, and which brackets are open at that point.
  const stack: string[] = [];
  const cuts: { end: number; open: string }[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c);
    else if (c === '}' || c === ']') {
      stack.pop();
      cuts.push({ end: i + 1, open: stack.join('') });
    }
  }
  // The latest cut that parses wins; a few hundred tries at most, from the end.
  for (let k = cuts.length - 1, tries = 0; k >= 0 && tries < 500; k--, tries++) {
    const cut = cuts[k];
    if (!cut) continue;
    const closers = [...cut.open]
      .reverse()
      .map((b) => (b === '{' ? '}' : ']'))
      .join('');
    try {
      return JSON.parse(text.slice(0, cut.end) + closers) as unknown;
    } catch {
      // A cut inside a key or after a dangling comma: try the one before.
    }
  }
  return undefined;
}
