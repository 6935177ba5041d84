// Stage: the telling around a food. A phrase of where or when ("at the pub", "after work") or a story ("so hungry")
// before or after the food's words names no food: it is set aside, and the food is read without it.
import { namesAFood, rankFoods } from "../food/search";
import { nameWords } from "../food/words";
import { FILLER } from "./amount";
import { isKnownWords, longestNameWords } from "./food";
import { STRUCTURE_WORDS } from "./structure";
import { PHRASE_END, STORY } from "./vocabulary";

/** Words that start a phrase of where or when ("at the pub", "from the canteen", "after knock off"). */
const CONTEXT_START = new Set(["at", "from", "after", "before", "during", "while", "on", "in", "fae", "outside", "near", "post", "pre", "b4", "when", "once"]);

/**
 * The words without a trailing phrase of where or when that names no food: "2 schooners at the pub after knock off"
 * is 2 schooners; "beans on toast" and "tuna in water" keep their second food. The words the phrase held are the
 * telling, not a food. Words that are only such a phrase come back empty.
 */
export function withoutContext(words: readonly string[]): readonly string[] {
  if (isKnownWords(words)) return words;
  const longest = longestNameWords();
  for (let i = 0; i < words.length; i++) {
    if (!CONTEXT_START.has(words[i]!)) continue;
    // A phrase at the very start ("2 schooners | at the pub", the food read as the unit) leaves no words: the
    // caller reads the unit as the food.
    if (i > 0 && words.slice(0, i).every((w) => STRUCTURE_WORDS.has(w) || FILLER.has(w))) continue;
    const tail = words.slice(i + 1);
    // "at the café", "at a bar": after "at the" or "at a" comes a place, even one named like a food.
    if (words[i] === "at" && /^(?:the|a|my|our|an)$/.test(tail[0] ?? "") && i > 0) return words.slice(0, i);
    let namesFood = false;
    for (let start = 0; start < tail.length && !namesFood; start++) {
      for (let end = start + 1; end <= Math.min(tail.length, start + longest) && !namesFood; end++) namesFood = isKnownWords(tail.slice(start, end));
    }
    // "from Little Caesars", "from Subway": a place the food table names (its restaurant foods) tells the food.
    if (!namesFood && tail.length > 0 && (rankFoods(tail.join(" "), 1)[0]?.signals.coverage ?? 0) >= 0.999) continue;
    if (!namesFood) return words.slice(0, i);
  }
  return words;
}

/**
 * The head without a leading phrase of where or when before the food: "after work 2 Zywiec beers" is 2 beers, "in
 * the car protein bar" a protein bar. Only when a number or a known name follows the phrase and the phrase itself
 * names no food.
 */
export function withoutLeadingContext(head: string): string {
  const tokens = head.trim().split(/\s+/);
  const first = nameWords(tokens[0] ?? "")[0] ?? "";
  if (!CONTEXT_START.has(first) && !/^(?:breakfast|lunch|dinner|supper|brunch)$/.test(first)) return withoutLeadingStory(tokens) ?? head;
  for (let j = 1; j < tokens.length; j++) {
    const starts = /^\d/.test(tokens[j]!) || [3, 2, 1].some((n) => j + n <= tokens.length && isKnownWords(tokens.slice(j, j + n)));
    if (!starts) continue;
    const phrase = tokens.slice(1, j);
    const namesFood = phrase.some((_, k) => [1, 2].some((n) => k + n <= phrase.length && isKnownWords(phrase.slice(k, k + n))));
    return namesFood ? head : tokens.slice(j).join(" ");
  }
  return head;
}

/**
 * "so hungry 6 eggs", "bro i ate so much today 6 eggs": words before the first count that tell a story (a word like
 * "so", "ate", "today") and name no food, not even as the table's sure match, are the telling when a known name
 * follows the count; null when they are not ("zaatar 2 kaak" keeps its zaatar).
 */
function withoutLeadingStory(tokens: readonly string[]): string | null {
  const j = tokens.findIndex((token) => /^\d/.test(token));
  if (j < 1 || j > 8) return null;
  const named = [3, 2, 1].some((n) => j + 1 + n <= tokens.length && isKnownWords(tokens.slice(j + 1, j + 1 + n)));
  const all = nameWords(tokens.slice(0, j).join(" "));
  const words = all.filter((w) => !STRUCTURE_WORDS.has(w) && !FILLER.has(w));
  if (!named || !all.some((w) => STORY.has(w)) || all.some((w) => PHRASE_END.has(w))) return null;
  if (words.some((_, k) => [1, 2].some((n) => k + n <= words.length && isKnownWords(words.slice(k, k + n))))) return null;
  if (words.length > 0 && namesAFood(words.join(" "))) return null;
  return tokens.slice(j).join(" ");
}
