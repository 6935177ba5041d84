// Stage: chunks inside a run of words typed with no separators ("6 eggs 4 toast 3 burgers", "tea milk 2 sugars").
// When no one name or search match covers the whole run, it is read as several foods if, and only if, every word
// is part of a known name (a dish or an everyday name) or its amount, or a word that only tells the story. A number
// belongs to the food words after it. Nothing is guessed: a run with one word no name holds is not split.
import { readAmount } from "./amount";
import { describes } from "./vocabulary";

/** One food's words in a run, with the amount typed before them ("2 sugars"). */
export type Chunk = { text: string; words: string[] };

/**
 * The fewest known names that, with their amounts, cover every word of the run (at least two), or null. `isName`
 * says whether words are a dish or everyday name; `skip` whether a word tells only the story ("then", "and", "w").
 * Segments are at most `longest` words plus their amount, so the run costs words × longest lookups.
 */
export function coverWords(words: readonly string[], isName: (words: readonly string[]) => boolean, skip: (word: string) => boolean, longest: number): Chunk[] | null {
  const n = words.length;
  // best[i]: the fewest chunks covering words[i..], with the chunk starting at i (or null when words[i] is skipped).
  const best: Array<{ count: number; end: number; chunk: boolean } | null> = Array(n + 1).fill(null);
  best[n] = { count: 0, end: n, chunk: false };
  for (let i = n - 1; i >= 0; i--) {
    let choice: { count: number; end: number; chunk: boolean } | null = null;
    if (skip(words[i]!) && best[i + 1]) choice = { count: best[i + 1]!.count, end: i + 1, chunk: false };
    for (let end = i + 1; end <= Math.min(n, i + longest + 3); end++) {
      const after = best[end];
      if (!after || (choice && after.count + 1 >= choice.count)) continue;
      const amount = readAmount(words.slice(i, end).join(" "));
      // The amount must lead: a chunk's own words are a name, and only its amount may hold a number.
      if (amount.rest.some((w) => /^\d/.test(w))) continue;
      const name = amount.rest.filter((w) => !describes(w));
      if (name.length === 0) continue;
      if (isName(amount.rest) || isName(name)) choice = { count: after.count + 1, end, chunk: true };
    }
    best[i] = choice;
  }
  if (!best[0] || best[0].count < 2) return null;
  const chunks: Chunk[] = [];
  for (let i = 0; i < n; ) {
    const step = best[i]!;
    if (step.chunk) chunks.push({ text: words.slice(i, step.end).join(" "), words: words.slice(i, step.end) });
    i = step.end;
  }
  return chunks;
}
