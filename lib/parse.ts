// Meal text -> entries: "2 bananas, a cup of milk and 30 g almonds" becomes three foods with grams.
// Fragments are split on separators, an amount and a unit are read off the front, and the rest is matched with
// the same search index as the search box (everyday foods first). Nothing is dropped: a fragment that names no
// food comes back in `unmatched`.
import { round as roundTo } from "./analyze";
import { typicalPortion } from "./day";
import type { FoodRecord, ParseResponse, ParsedEntry, Portion } from "./schema";
import { rankFoods } from "./search";

/** Commas, semicolons, "+", new lines, and the words "and" / "with" / "plus" between foods. */
const SEPARATORS = /\s*(?:[,;+\n\r]+|\s(?:and|with|plus|&)\s)\s*/i;

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  half: 0.5, couple: 2, few: 3, dozen: 12,
};
const UNICODE_FRACTIONS: Record<string, string> = { "½": " 1/2", "¼": " 1/4", "¾": " 3/4", "⅓": " 1/3", "⅔": " 2/3" };

type Unit =
  | { kind: "mass"; grams: number }
  | { kind: "volume"; ml: number }
  | { kind: "measure"; words: readonly string[]; fallbackMl?: number; fallbackGrams?: number };

const UNITS: Array<[RegExp, Unit]> = [
  [/^(?:g|gr|grams?|grammes?)$/, { kind: "mass", grams: 1 }],
  [/^(?:kg|kilos?|kilograms?)$/, { kind: "mass", grams: 1000 }],
  [/^(?:oz|ounces?)$/, { kind: "mass", grams: 28.35 }],
  [/^(?:lbs?|pounds?)$/, { kind: "mass", grams: 453.6 }],
  [/^(?:ml|millilit(?:er|re)s?)$/, { kind: "volume", ml: 1 }],
  [/^(?:l|lit(?:er|re)s?)$/, { kind: "volume", ml: 1000 }],
  // "a glass of milk" means a cup.
  [/^(?:cups?|glass(?:es)?|mugs?)$/, { kind: "measure", words: ["cup"], fallbackMl: 240 }],
  [/^(?:tbsps?|tablespoons?|tbs)$/, { kind: "measure", words: ["tbsp"], fallbackMl: 15 }],
  [/^(?:tsps?|teaspoons?)$/, { kind: "measure", words: ["tsp"], fallbackMl: 5 }],
  [/^(?:slices?)$/, { kind: "measure", words: ["slice"] }],
  [/^(?:pieces?|pcs?)$/, { kind: "measure", words: ["piece", "unit"] }],
  [/^(?:handfuls?)$/, { kind: "measure", words: ["oz"], fallbackGrams: 30 }],
  [/^(?:cans?|tins?)$/, { kind: "measure", words: ["can"] }],
  [/^(?:small)$/, { kind: "measure", words: ["small"] }],
  [/^(?:medium)$/, { kind: "measure", words: ["medium"] }],
  [/^(?:large|big)$/, { kind: "measure", words: ["large"] }],
];

/** Words that carry no meaning between an amount and a food: "a cup OF milk", "some cheese". */
const FILLER = new Set(["of", "some", "the", "a", "an", "x", "×"]);

export const MAX_PARSE_CHARS = 2000;

/** Splits the text into fragments, keeping each as the person wrote it. */
export function splitFragments(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment.length > 0);
}

type Amount = { count: number | null; unit: Unit | null; rest: string[] };

function parseNumber(token: string): number | null {
  if (/^\d+(?:[.,]\d+)?$/.test(token)) return Number(token.replace(",", "."));
  const fraction = /^(\d+)\/(\d+)$/.exec(token);
  if (fraction && Number(fraction[2]) > 0) return Number(fraction[1]) / Number(fraction[2]);
  return null;
}

/** Reads "2", "1 1/2", "½", "a couple of", "half an", "30g" and a unit off the front of a fragment. */
export function readAmount(fragment: string): Amount {
  let normalized = fragment.toLowerCase();
  for (const [symbol, text] of Object.entries(UNICODE_FRACTIONS)) normalized = normalized.split(symbol).join(text);
  // "30g" -> "30 g"; but "2%" stays part of the food ("2% milk").
  normalized = normalized.replace(/(\d)([a-z]+)\b/g, "$1 $2");
  const tokens = normalized.split(/\s+/).filter(Boolean);

  let count: number | null = null;
  let i = 0;
  const peek = () => tokens[i] ?? "";
  const first = parseNumber(peek());
  if (first !== null && !tokens[i + 1]?.startsWith("%")) {
    count = first;
    i++;
    const fraction = parseNumber(peek());
    if (fraction !== null && fraction < 1 && peek().includes("/")) {
      count += fraction; // "1 1/2"
      i++;
    }
  } else if (peek() in NUMBER_WORDS) {
    // "a couple of", "half an", "a half", "an": an article alone means one.
    count = 1;
    while (peek() in NUMBER_WORDS) {
      const word = peek();
      count = word === "a" || word === "an" ? count : word === "half" ? count * 0.5 : NUMBER_WORDS[word]!;
      i++;
      if (peek() === "of") i++;
    }
  }

  let unit: Unit | null = null;
  const match = UNITS.find(([pattern]) => pattern.test(peek()));
  if (match) {
    unit = match[1];
    i++;
  }
  while (FILLER.has(peek()) && i < tokens.length - 1) i++;
  return { count, unit, rest: tokens.slice(i) };
}

/** The food's household measure named by a unit word, and how many of the word one portion label holds. */
function portionFor(food: FoodRecord, words: readonly string[]): { portion: Portion; perLabel: number } | null {
  for (const word of words) {
    for (const portion of food.portions) {
      const found = /^([\d.]+)\s+(.*)$/.exec(portion.label);
      const [labelAmount, unitText] = found ? [Number(found[1]), found[2]!] : [1, portion.label];
      if (new RegExp(`^${word}\\b`, "i").test(unitText)) return { portion, perLabel: labelAmount };
    }
  }
  return null;
}

/** grams per ml for liquids: from the food's cup or fl oz measure, else water's 1 g/ml. */
function gramsPerMl(food: FoodRecord): number {
  const cup = portionFor(food, ["cup"]);
  if (cup) return cup.portion.grams / cup.perLabel / 240;
  const flOz = portionFor(food, ["fl oz"]);
  if (flOz) return flOz.portion.grams / flOz.perLabel / 29.57;
  return 1;
}

/** Measures of volume, weight or packaging: not one piece of the food. */
const NOT_A_PIECE = /^(cup|tbsp|tsp|oz|fl oz|lb|pat|quart|pint|nlea|serving|package|container|can|bottle|stick|cubic|pkg|bag|box|jar)\b/i;

/** The measure of one piece of a food: a medium one, else any "1 <piece>" ("1 prune, pitted", "1 almond"). */
function piecePortion(food: FoodRecord): Portion | undefined {
  const single = food.portions.filter((p) => /^1 /.test(p.label) && !NOT_A_PIECE.test(p.label.slice(2)));
  return single.find((p) => /^1 medium\b/i.test(p.label)) ?? single.find((p) => !/^1 (extra|jumbo|small)\b/i.test(p.label)) ?? single[0];
}

const round = (value: number) => roundTo(value, 2);

function toEntry(text: string, food: FoodRecord, amount: Amount): ParsedEntry {
  const count = amount.count ?? 1;
  const base = { text, foodId: food.id, name: food.name };
  const unit = amount.unit;
  if (unit?.kind === "mass") return { ...base, amount: round(count * unit.grams), portion: null, grams: round(count * unit.grams) };
  if (unit?.kind === "volume") {
    const grams = round(count * unit.ml * gramsPerMl(food));
    return { ...base, amount: grams, portion: null, grams };
  }
  if (unit?.kind === "measure") {
    const found = portionFor(food, unit.words);
    if (found) {
      const portions = count / found.perLabel;
      return { ...base, amount: round(portions), portion: found.portion.label, grams: round(portions * found.portion.grams) };
    }
    const grams = round(count * (unit.fallbackGrams ?? (unit.fallbackMl ?? 0) * gramsPerMl(food)));
    if (grams > 0) return { ...base, amount: grams, portion: null, grams };
  }
  // No unit, or one the food has no measure for: that many pieces ("2 bananas" = 2 medium bananas,
  // "5 prunes" = 5 x "1 prune, pitted"), else that many typical portions.
  const typical = amount.count !== null && !unit ? (piecePortion(food) ?? typicalPortion(food)) : typicalPortion(food);
  if (typical) return { ...base, amount: round(count), portion: typical.label, grams: round(count * typical.grams) };
  return { ...base, amount: round(count * 100), portion: null, grams: round(count * 100) };
}

/** A food only counts as named when most of the words match it (typos allowed); gibberish matches nothing. */
const MIN_COVERAGE = 0.6;

export function parseMeals(text: string): ParseResponse {
  const entries: ParsedEntry[] = [];
  const unmatched: string[] = [];
  for (const fragment of splitFragments(text)) {
    const amount = readAmount(fragment);
    const foodText = amount.rest.filter((word) => !FILLER.has(word)).join(" ");
    const best = foodText ? rankFoods(foodText, 1)[0] : undefined;
    if (!best || best.signals.coverage < MIN_COVERAGE) unmatched.push(fragment);
    else entries.push(toEntry(fragment, best.record, amount));
  }
  return { entries, unmatched };
}
