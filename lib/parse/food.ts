// Stage: food resolution. Which food (or dish) a chunk's words name: a dish (data/recipes.json), an everyday name
// (data/lexicon.json), else the closest food of the search index; how sure that is, and what else it could be.
import { foodRecordById } from "../food/foods";
import { lexiconEntryByKey, lexiconKeys } from "../food/lexicon";
import { recipeByKey, recipeKeys } from "../food/recipes";
import { isComplete, rankFoods, type RankedFood } from "../food/search";
import { nameKey, nameWords } from "../food/words";
import { FILLER, readAmount } from "./amount";
import { leanForm, leanShare } from "./lean";
import { coverWords, type Chunk } from "./cover";
import { STRUCTURE_WORDS } from "./structure";
import { RAW_WORDS, PREPARATION, COOKING, QUALIFIERS, PHRASE_END, TELLING, describes } from "./vocabulary";
import type { FoodRecord, LexiconEntry, LexiconFood, Recipe } from "../schema/food";
import type { Confidence } from "../schema/parse";
export const MIN_COVERAGE = 0.6;

// ---- Matching ------------------------------------------------------------------------------------------------

export type FoodMatch = {
  kind: "food";
  food: FoodRecord;
  lex?: LexiconFood;
  confidence: Confidence;
  note: string | null;
  alternatives: string[];
  /** Found by searching the table: every word matched ("complete") or only most of them. Either way it is a guess. */
  searched?: "complete" | "partial";
  /** Every word is the everyday name (its form may still be assumed: "rice" is cooked white rice). */
  exact?: boolean;
};
export type Match =
  | FoodMatch
  | { kind: "recipe"; recipe: Recipe; confidence: Confidence; note: string | null }
  /** A run of words typed with no separators that is several known foods ("6 eggs 4 toast"): see cover.ts. */
  | { kind: "several"; chunks: Chunk[] }
  | { kind: "missing"; reason: string }
  | { kind: "none"; reason: string };

export const isKnownKey = (key: string) => Boolean(recipeByKey(key) || lexiconEntryByKey(key));
export const isKnownName = (text: string) => isKnownKey(nameKey(text));
/** Whether the words are a dish or an everyday name, as typed or without their cooking words ("fried eggs"). */
export const isKnownWords = (typed: readonly string[]) => {
  const words = nameWords(typed.join(" "));
  if (words.length === 0) return false;
  const found = exactMatch(words) ?? exactMatch(words.filter((w) => !COOKING.has(w) && !PREPARATION.has(w)));
  return found !== null && found.kind !== "none";
};

/**
 * Whether the words typed are one of the entry's open names (data/lexicon.json `open`): a name that does not say
 * which form is meant where the forms differ in minerals ("cookie", "rice", "roll"), so the match is a default.
 */
function leavesFormOpen(entry: LexiconFood, key: string): boolean {
  return (entry.open ?? []).some((name) => nameKey(name) === key) || legacyOpen(entry, key);
}
/** Until every entry lists its open names: the first name, where the note says a form was assumed. */
function legacyOpen(entry: LexiconFood, key: string): boolean {
  const generic = entry.names[0]!;
  return !entry.open && /\bassumed\b/i.test(entry.note ?? "") && (key === generic || key === `${generic}s`);
}

function fromLexicon(entry: LexiconEntry, raw: boolean, confidence: Confidence, key = ""): Match {
  if (entry.foodId === null) return { kind: "missing", reason: entry.reason };
  if (!raw && leavesFormOpen(entry, key)) confidence = "low";
  const id = raw && entry.rawId ? entry.rawId : entry.foodId;
  const food = foodRecordById(id);
  if (!food) return { kind: "none", reason: "No food in the table matches these words." };
  const alternatives = [...(id === entry.foodId ? [] : [entry.foodId]), ...entry.alternatives, ...(entry.rawId && id !== entry.rawId ? [entry.rawId] : [])];
  // The note says what was assumed for the everyday form; asking for the raw form assumed nothing.
  const note = raw && id === entry.rawId ? null : entry.note;
  return { kind: "food", food, lex: entry, confidence, note, alternatives: alternatives.filter((a) => a !== id), exact: true };
}

/** A dish or everyday name for exactly these words (with or without the words for raw), if there is one. */
export function exactMatch(words: readonly string[]): Match | null {
  const raw = words.some((w) => RAW_WORDS.has(w));
  const key = words.join(" ");
  const recipe = recipeByKey(key);
  if (recipe) return { kind: "recipe", recipe, confidence: "high", note: null };
  const entry = lexiconEntryByKey(key);
  if (entry) return fromLexicon(entry, false, "high", key);
  if (raw) {
    const cooked = words.filter((w) => !RAW_WORDS.has(w));
    const rawEntry = lexiconEntryByKey(cooked.join(" "));
    if (rawEntry && (rawEntry.foodId === null || rawEntry.rawId)) return fromLexicon(rawEntry, true, "high");
  }
  return null;
}

/** How many words the longest dish or everyday name has: no longer run of words can be one. */
let longestName: number | undefined;
export function longestNameWords(): number {
  longestName ??= Math.max(...[...lexiconKeys(), ...recipeKeys()].map((key) => key.split(" ").length));
  return longestName;
}

/**
 * The longest dish or everyday name inside the words, and the words left over. Of two as long, the one that ends the
 * words' first phrase (before "on", "with", "in"…): in English the last noun of a phrase names the thing ("oat latte"
 * is a latte, "a turkey sandwich on rye" a sandwich). Only runs as long as the longest name (plus any words for raw,
 * which exactMatch sets aside) are tried, so a long fragment costs words × that, not words².
 */
function containedMatch(words: readonly string[]): { match: Match; extra: string[]; name: string } | null {
  const longest = longestNameWords() + words.filter((w) => RAW_WORDS.has(w)).length;
  const connector = words.findIndex((w, i) => i > 0 && PHRASE_END.has(w));
  const headEnd = connector < 0 ? words.length : connector;
  for (let length = Math.min(words.length - 1, longest); length >= 1; length--) {
    const starts = Array.from({ length: words.length - length + 1 }, (_, start) => start);
    const inHead = (start: number) => start + length <= headEnd;
    // In the head phrase, the last one first; after it, in order.
    const order = [...starts.filter(inHead).reverse(), ...starts.filter((start) => !inHead(start))];
    for (const start of order) {
      const inner = words.slice(start, start + length);
      if (inner.every((w) => QUALIFIERS.has(w) || FILLER.has(w))) continue;
      const found = exactMatch(inner);
      if (found && found.kind !== "none") {
        return { match: found, extra: [...words.slice(0, start), ...words.slice(start + length)], name: inner.join(" ") };
      }
    }
  }
  return null;
}

/** SR28 groups of the foods a dish's protein can be: one kind for swapping one for another. */
const PROTEIN = new Set(["Poultry Products", "Pork Products", "Beef Products", "Lamb, Veal, and Game Products", "Finfish and Shellfish Products", "Sausages and Luncheon Meats", "Legumes and Legume Products"]);

/**
 * "a turkey sandwich on rye", "chicken curry with brown rice", "a latte with skim milk": the other words name a food
 * of the same kind as one of the dish's ingredients, which it replaces (same grams).
 */
function substituted(recipe: Recipe, extra: readonly string[]): { recipe: Recipe; note: string } | null {
  const named = extra.filter((w) => !/^(?:on|with|in|made|using|and)$/.test(w));
  const words = named.filter((w) => !describes(w));
  if (words.length === 0) return null;
  const found = exactMatch(named) ?? exactMatch(words) ?? exactMatch(words.filter((w) => !COOKING.has(w)));
  if (found?.kind !== "food") return null;
  const groupOf = (id: string) => foodRecordById(id)?.group ?? "";
  // The same kind: the same SR28 group, else the same family ("chicken ramen": chicken for the ramen's pork).
  const index = [(group: string) => group === found.food.group, (group: string) => PROTEIN.has(group) && PROTEIN.has(found.food.group)]
    .map((same) => recipe.ingredients.findIndex((i) => same(groupOf(i.foodId))))
    .find((k) => k >= 0) ?? -1;
  if (index < 0) return null;
  const before = recipe.ingredients[index]!;
  if (before.foodId === found.food.id) return { recipe, note: "" };
  const ingredients = recipe.ingredients.map((i, k) => (k === index ? { ...i, foodId: found.food.id, what: `${found.food.name} instead of ${i.what}` } : i));
  return { recipe: { ...recipe, ingredients }, note: `${recipe.name} with ${found.food.name} instead of ${before.what}.` };
}

/**
 * Words in one fragment beyond which it is not searched as one food: people name a food in far fewer (the longest
 * everyday name in the lexicon has 8), so a longer run is several foods typed without separators, and searching for
 * all its words at once would find a poor match at best, slowly.
 */
export const MAX_SEARCH_WORDS = 12;
export const TOO_MANY_WORDS = "Too many words for one food: put a comma or “and” between foods.";


export function searchMatch(text: string, ranked: readonly RankedFood[]): FoodMatch | null {
  const [best, ...rest] = ranked;
  // Words found as no word of the food's ("Bev" → beverages, "the kids" → kidney beans, "a Ting" → turkey wing): no
  // food named. A typo that keeps a word's start still names it ("brocoli").
  if (!best || best.signals.coverage < MIN_COVERAGE || best.noWord) return null;
  // Every word matched, at least half of them in the food's own name ("eye of round" sits in a later segment).
  const sure = isComplete(best.signals);
  const lexicon = lexiconEntryByKey(nameKey(best.record.name));
  return {
    kind: "food",
    food: best.record,
    lex: lexicon && lexicon.foodId === best.record.id ? lexicon : undefined,
    // The closest food the search found is the table's guess, never the person's words: always one to check.
    confidence: "low",
    searched: sure ? "complete" : "partial",
    note: sure ? `Found by searching the table for “${text}”: check it is the one you mean.` : `Closest food in the table for “${text}”: check it, or pick another.`,
    alternatives: rest.filter((r) => r.signals.coverage >= MIN_COVERAGE).map((r) => r.record.id),
  };
}

/** Which food (or dish) the words name, how sure that is, and what else they could mean. */
export function matchWords(foodText: string): Match {
  // "93/7 ground turkey", "5% beef mince": the lean share on the pack picks the food (lean.ts).
  const lean = leanShare(foodText);
  if (lean) {
    const meat = matchWords(lean.without);
    const form = meat.kind === "food" ? leanForm(meat.food, lean.lean) : null;
    if (meat.kind === "food" && form) {
      const alternatives = [meat.food.id, ...meat.alternatives].filter((id) => id !== form.id);
      return { kind: "food", food: form, confidence: meat.confidence, note: meat.confidence === "low" ? meat.note : null, alternatives, exact: meat.exact };
    }
  }
  const all = nameWords(foodText).filter((w) => !FILLER.has(w));
  if (all.length === 0) return { kind: "none", reason: "There is an amount here but no food." };
  const words = all.filter((w) => !PREPARATION.has(w) || all.every((x) => PREPARATION.has(x)));
  const exact = exactMatch(all) ?? exactMatch(words);
  if (exact) return exact;
  // Cooking words name the form the lexicon already assumes: "grilled chicken breast" is cooked chicken breast.
  const uncooked = words.filter((w) => !COOKING.has(w));
  const plain = uncooked.length > 0 && uncooked.length < words.length ? exactMatch(uncooked) : null;
  if (plain) return plain;

  const contained = containedMatch(words);
  // "fish fingers (prob 2)": words that only hedge or tell ("prob", "maybe", "lol") change no food.
  if (contained && contained.extra.every((w) => describes(w) || TELLING.has(w) || FILLER.has(w))) return contained.match;
  // More words than anyone names one food with: not searched (see MAX_SEARCH_WORDS).
  const ranked = words.length <= MAX_SEARCH_WORDS ? rankFoods(words.join(" "), 4) : [];
  const searched = searchMatch(foodText.trim(), ranked);
  if (searched?.searched === "complete") return searched;
  if (contained?.match.kind === "recipe") {
    const swapped = substituted(contained.match.recipe, contained.extra);
    if (swapped) return { kind: "recipe", recipe: swapped.recipe, confidence: "high", note: swapped.note };
  }
  // Several foods typed with no separators: every word part of a known name or its amount.
  if (contained && contained.extra.some((w) => !describes(w) && !STRUCTURE_WORDS.has(w))) {
    const skip = (w: string) => nameWords(w).every((n) => STRUCTURE_WORDS.has(n) || FILLER.has(n) || PHRASE_END.has(n));
    const chunks = coverWords(foodText.split(/\s+/).filter(Boolean), isKnownWords, skip, longestNameWords());
    // Two names with no amount between them are one food named by another ("orange chicken", "peanut butter toast"):
    // a run is several foods when an amount starts a later one ("tea milk 2 sugars") or three or more names meet.
    const counted = (chunk: Chunk) => /^\d/.test(chunk.words[0] ?? "");
    if (chunks && (chunks.length >= 3 || chunks.slice(1).some(counted))) return { kind: "several", chunks };
  }
  if (contained && contained.match.kind !== "none" && contained.match.kind !== "several") {
    if (contained.match.kind === "missing") return contained.match;
    const extra = contained.extra.join(" ");
    const note = `Read as “${contained.name}”; “${extra}” is not in the table, so check it or pick another.`;
    if (contained.match.kind === "recipe") return { ...contained.match, confidence: "low", note };
    return { ...contained.match, confidence: "low", note: [contained.match.note, note].filter(Boolean).join(" "), exact: false };
  }
  if (searched) return searched;
  if (words.length > MAX_SEARCH_WORDS) return { kind: "none", reason: TOO_MANY_WORDS };
  return { kind: "none", reason: "No food in the table matches these words." };
}

// ---- Fragments -----------------------------------------------------------------------------------------------

/** A fragment after a comma that only describes the food before it: "…, fat-free", "…, eye of the round". */
export function qualifies(previousFoodText: string, fragment: string): boolean {
  const amount = readAmount(fragment);
  if (amount.count !== null || amount.unit !== null) return false;
  const words = nameWords(fragment);
  if (words.length === 0 || words.length > 5) return false;
  // "rice, chilled water": words that name a food of their own once prepared or cooked words are set aside are that
  // food, not a qualifier of the one before.
  const named = words.filter((w) => !PREPARATION.has(w) && !COOKING.has(w));
  if (isKnownKey(words.join(" ")) || (named.length > 0 && isKnownKey(named.join(" ")))) return false;
  if (words.every((w) => QUALIFIERS.has(w))) return true;
  if (nameWords(previousFoodText).length + words.length > MAX_SEARCH_WORDS) return false;
  // A cut or variety: the words only make sense with the food before them ("beef, eye of the round").
  const together = rankFoods(`${previousFoodText} ${fragment}`, 1)[0];
  if (!together || together.signals.coverage < 0.999) return false;
  // Merge when the words alone do not name a food fully, or name the same food the two name together.
  const alone = rankFoods(fragment, 1)[0];
  return !alone || alone.signals.coverage < 0.999 || alone.record.id === together.record.id;
}

/** A fragment with the comma qualifiers that describe it; `head` is the fragment before them, as typed. */
