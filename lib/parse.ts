// Meal text -> entries: "Breakfast: porridge with milk and a banana. Lunch: tuna sandwich" becomes foods with grams,
// meals and dishes. lib/parse-structure.ts finds meals and fragments; here each fragment's amount is read off the
// front and its words are matched: a dish (data/recipes.json), an everyday name (data/lexicon.json), else the
// search index. Every entry says how sure the match is, with alternatives; nothing is dropped or silently swapped.
import { emojiToWords } from "./emoji";
import { round as roundTo } from "./format";
import { typicalPortion } from "./day";
import { foodRecordById } from "./foods";
import { lexiconEntryById, lexiconEntryByKey, lexiconKeys } from "./lexicon";
import { splitDay, STRUCTURE_WORDS, type Fragment } from "./parse-structure";
import { amountProblem, countable, NOT_A_FOOD_EMOJI, notAnAmount, withChecks } from "./parse-checks";
import { recipeByKey, recipeGrams, recipeKeys } from "./recipes";
import type {
  Confidence,
  FoodRecord,
  LexiconEntry,
  LexiconFood,
  ParseResponse,
  ParsedAlternative,
  ParsedEntry,
  Portion,
  Recipe,
  UnmatchedReason,
} from "./schema";
import { rankFoods, type RankedFood } from "./search";
import { nameKey, nameWords } from "./words";

export const MAX_PARSE_CHARS = 2000;

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, half: 0.5, quarter: 0.25, couple: 2, few: 3, several: 3, dozen: 12, single: 1, double: 2,
};
const UNICODE_FRACTIONS: Record<string, string> = { "½": " 1/2", "¼": " 1/4", "¾": " 3/4", "⅓": " 1/3", "⅔": " 2/3" };

type Unit =
  | { kind: "mass"; grams: number }
  | { kind: "volume"; ml: number; words?: readonly string[] }
  | { kind: "measure"; words: readonly string[]; fallbackMl?: number; fallbackGrams?: number }
  /** A bowl, a plate, a serving: one typical portion of the food or dish. */
  | { kind: "serving" }
  /** A splash, a dash, a drizzle, a knob: the small amount that goes with another food. */
  | { kind: "dash"; fallbackGrams: number };

/** A US cup, 8 US fl oz: the cup of SR28's household measures ("1 cup (8 fl oz)"). */
const US_CUP_ML = 236.6;

const UNITS: Array<[RegExp, Unit]> = [
  [/^(?:g|gr|grams?|grammes?|gms?)$/, { kind: "mass", grams: 1 }],
  [/^(?:kg|kgs|kilos?|kilograms?)$/, { kind: "mass", grams: 1000 }],
  [/^(?:oz|ounces?)$/, { kind: "mass", grams: 28.35 }],
  [/^(?:lbs?|pounds?)$/, { kind: "mass", grams: 453.6 }],
  [/^(?:ml|mls|millilit(?:er|re)s?|cc)$/, { kind: "volume", ml: 1 }],
  [/^(?:cl)$/, { kind: "volume", ml: 10 }],
  [/^(?:dl)$/, { kind: "volume", ml: 100 }],
  [/^(?:l|lit(?:er|re)s?)$/, { kind: "volume", ml: 1000 }],
  [/^(?:fl)$/, { kind: "volume", ml: 29.57 }], // "fl oz": the "oz" after it is skipped below
  // A pint: the US pint the food table's measures use (16 fl oz).
  [/^(?:pints?|pts?)$/, { kind: "volume", ml: 473, words: ["pint"] }],
  [/^(?:shots?)$/, { kind: "volume", ml: 30, words: ["shot"] }],
  // "a glass of milk", "a mug of tea" mean a cup.
  [/^(?:cups?|glass(?:es)?|mugs?|c)$/, { kind: "measure", words: ["cup"], fallbackMl: US_CUP_ML }],
  [/^(?:tbsps?|tablespoons?|tbs|tbl|tablespoonfuls?|spoonfuls?|spoons?|dollops?|heaped)$/, { kind: "measure", words: ["tbsp"], fallbackMl: 15 }],
  [/^(?:tsps?|teaspoons?|teaspoonfuls?)$/, { kind: "measure", words: ["tsp"], fallbackMl: 5 }],
  [/^(?:slices?|rashers?|strips?)$/, { kind: "measure", words: ["slice", "strip", "piece"] }],
  [/^(?:pieces?|pcs?|pc)$/, { kind: "measure", words: ["piece", "unit"] }],
  [/^(?:handfuls?)$/, { kind: "measure", words: ["oz"], fallbackGrams: 30 }],
  [/^(?:cans?|tins?)$/, { kind: "measure", words: ["can"], fallbackMl: 355 }],
  [/^(?:bottles?)$/, { kind: "measure", words: ["bottle"], fallbackMl: 500 }],
  // A carton of milk or juice is a school or lunchbox carton, half a US pint; a pot or tub is a yogurt pot.
  [/^(?:cartons?|boxes?|juice\s?box(?:es)?)$/, { kind: "measure", words: ["carton"], fallbackMl: US_CUP_ML }],
  [/^(?:pots?|tubs?|containers?)$/, { kind: "measure", words: ["container", "carton"], fallbackGrams: 150 }],
  // A snack packet or bag: the food's own measure, else a 1 oz snack bag.
  [/^(?:packets?|packs?|packages?|bags?|sachets?)$/, { kind: "measure", words: ["package", "packet", "bag", "pouch"], fallbackGrams: 28.35 }],
  [/^(?:bars?)$/, { kind: "measure", words: ["bar"] }],
  [/^(?:fillets?|filets?)$/, { kind: "measure", words: ["fillet"] }],
  [/^(?:chops?)$/, { kind: "measure", words: ["chop"] }],
  [/^(?:cloves?)$/, { kind: "measure", words: ["clove"] }],
  [/^(?:sticks?|stalks?)$/, { kind: "measure", words: ["stalk", "stick"] }],
  [/^(?:scoops?)$/, { kind: "measure", words: ["scoop", "individual"], fallbackMl: 120 }],
  // A square of a chocolate bar: about 8 g (a 100 g bar has 12 to 16).
  [/^(?:squares?)$/, { kind: "measure", words: ["square"], fallbackGrams: 8 }],
  [/^(?:wedges?)$/, { kind: "measure", words: ["wedge"] }],
  [/^(?:bowls?|bowlfuls?|plates?|platefuls?|servings?|portions?|helpings?)$/, { kind: "serving" }],
  [/^(?:splash|dash|drizzle|drop|bit|little|knob|pinch|sprinkle|sprinkling|touch|smidge|spot)$/, { kind: "dash", fallbackGrams: 15 }],
];

/** Size words: a food's own SR28 measure of that size when it has one, else the typical portion scaled. */
const SIZES: Record<string, { words: readonly string[]; scale: number }> = {
  small: { words: ["small"], scale: 0.75 },
  mini: { words: ["mini", "extra small", "small"], scale: 0.5 },
  medium: { words: ["medium"], scale: 1 },
  regular: { words: ["medium", "regular"], scale: 1 },
  large: { words: ["large"], scale: 1.5 },
  big: { words: ["large"], scale: 1.5 },
  huge: { words: ["extra large", "large"], scale: 2 },
  jumbo: { words: ["jumbo", "extra large"], scale: 2 },
  tall: { words: ["tall"], scale: 1 },
  grande: { words: ["grande"], scale: 1.33 },
  venti: { words: ["venti"], scale: 1.67 },
};

/** Words that carry no meaning between an amount and a food: "a cup OF milk", "some cheese". */
const FILLER = new Set(["of", "some", "the", "a", "an", "x", "×", "my", "our", "your", "more"]);

/** The form asked for: the raw or dry food, not the cooked one a person usually means. */
const RAW_WORDS = new Set(["raw", "dry", "uncooked", "uncook", "dried"]);

/** Preparation words: they refine the measure ("1 cup, chopped") and never derail the match. */
const PREPARATION = new Set([
  "chopped", "diced", "sliced", "grated", "shredded", "minced", "cubed", "drained", "rinsed", "peeled", "halved",
  "quartered", "crushed", "cut", "trimmed", "pitted", "seeded", "cored", "julienned", "torn", "packed", "heaping",
  "level", "leftover", "homemade", "home", "made", "organic", "fresh", "freshly", "warm", "hot", "cold", "chilled",
  "iced", "plain", "simple", "mixed", "assorted", "whole", "piece", "pieces", "chunk", "chunks", "cup", "favorite",
  "favourite", "nice", "big", "little", "tasty", "delicious", "quick", "healthy", "good",
]);
/** Cooking words: the everyday cooked food stands for them ("grilled chicken breast" is cooked chicken breast). */
const COOKING = new Set([
  "cooked", "boiled", "steamed", "baked", "roasted", "roast", "grilled", "broiled", "poached", "sauteed", "stewed",
  "braised", "microwaved", "toasted", "barbecued", "bbq", "pan", "seared", "stir", "fried",
]);
/** Qualifiers that describe the food before a comma: "1 cup milk, fat-free" is one food. */
const QUALIFIERS = new Set([
  ...PREPARATION, ...COOKING, ...RAW_WORDS,
  "fat", "free", "nonfat", "non", "skim", "skimmed", "low", "lowfat", "reduced", "lite", "light", "lean", "extra",
  "unsalted", "salted", "salt", "no", "added", "without", "sugar", "unsweetened", "sweetened", "juice", "pack", "in",
  "water", "oil", "syrup", "heavy", "canned", "frozen", "boneless", "skinless", "skin", "ground", "grain", "wheat",
  "enriched", "prepared", "regular", "sodium", "semi", "percent", "1%", "2%", "3%", "5%", "10%", "15%", "20%",
  "ready", "to", "eat", "drink", "with", "and", "or", "style", "type", "kind", "brand", "mild", "sharp", "medium",
  "firm", "soft", "ripe", "unripe", "green", "red", "white", "yellow", "brown", "black", "wild", "long", "short",
  "instant", "quick", "rolled", "steel", "whole", "vitamin", "d", "fortified", "unfortified",
]);

const MIN_COVERAGE = 0.6;

/** `unitWord` is the unit as typed ("glass", "bag"): the lexicon's own portion may name it ("1 glass (5 fl oz)"). */
type Amount = { count: number | null; unit: Unit | null; unitWord: string | null; size: string | null; rest: string[] };

function parseNumber(token: string): number | null {
  if (/^(?:\d+(?:[.,]\d+)?|\.\d+)$/.test(token)) return Number(token.replace(",", "."));
  // "-200 g", "–200 g", "-1/2 cup": a minus sign is never dropped; the amount is refused later, with a reason.
  const negative = /^[-−–](\d.*|\.\d.*)$/.exec(token);
  if (negative) {
    const magnitude = parseNumber(negative[1]!);
    return magnitude === null ? null : -magnitude;
  }
  const fraction = /^(\d+)\/(\d+)$/.exec(token);
  if (fraction && Number(fraction[2]) > 0) return Number(fraction[1]) / Number(fraction[2]);
  const range = /^(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)$/.exec(token);
  if (range) return (Number(range[1]) + Number(range[2])) / 2; // "2-3 eggs": the middle
  return null;
}

/** Reads "2", "1 1/2", "½", "2-3", "a couple of", "half an", "30g", a size and a unit off the front of a fragment. */
export function readAmount(fragment: string): Amount {
  // A minus stays with its number: "-½ cup" is minus a half, not a dash and a half.
  let normalized = fragment.toLowerCase().replace(/(^|\s)[-−–]([½¼¾⅓⅔])/g, "$1-0$2");
  for (const [symbol, text] of Object.entries(UNICODE_FRACTIONS)) normalized = normalized.split(symbol).join(text);
  normalized = normalized.replace(/(^|\s)-0 (\d+\/\d+)/g, "$1-$2");
  // "30g" -> "30 g", "2x" -> "2 x"; but "2%" stays part of the food ("2% milk").
  normalized = normalized.replace(/(\d)([a-z]+)\b/g, "$1 $2").replace(/(\d)\s+(?:to|or)\s+(\d)/g, "$1-$2");
  // Commas separate words, except the decimal comma in "1,5 cups".
  const tokens = normalized.replace(/(?<!\d),|,(?!\d)/g, " ").split(/\s+/).filter(Boolean);

  let count: number | null = null;
  let i = 0;
  const peek = () => tokens[i] ?? "";
  const first = parseNumber(peek());
  if (first !== null && !tokens[i + 1]?.startsWith("%")) {
    count = first;
    i++;
    const fraction = parseNumber(peek());
    if (fraction !== null && fraction > 0 && fraction < 1 && peek().includes("/")) {
      count += count < 0 ? -fraction : fraction; // "1 1/2"; "-1 1/2" is minus one and a half
      i++;
    }
  } else if (peek() in NUMBER_WORDS) {
    // "a couple of", "half an", "a half", "an": an article alone means one.
    count = 1;
    while (peek() in NUMBER_WORDS) {
      const word = peek();
      const value = NUMBER_WORDS[word]!;
      count = word === "a" || word === "an" ? count : value < 1 ? count * value : word === "single" ? count : value;
      i++;
      if (peek() === "of") i++;
    }
  }

  let size: string | null = null;
  if (peek() in SIZES && i < tokens.length - 1) {
    size = peek();
    i++;
  }
  let unit: Unit | null = null;
  let unitWord: string | null = null;
  const match = UNITS.find(([pattern]) => pattern.test(peek()));
  if (match && i < tokens.length - 1) {
    unit = match[1];
    unitWord = peek().replace(/sses$/, "ss").replace(/([^s])s$/, "$1");
    i++;
    if (peek() === "oz" && unit.kind === "volume") i++; // "fl oz"
  }
  while (FILLER.has(peek()) && i < tokens.length - 1) i++;
  return { count, unit, unitWord, size, rest: tokens.slice(i) };
}

// ---- Amounts -------------------------------------------------------------------------------------------------

/**
 * The food's household measure named by a unit word: "1 cup, chopped" for "a cup of chopped …" (the preparation
 * named), a medium one where there are sizes ("1 stalk, medium"), and "1 serving 1/2 cup" read as half a cup.
 */
function portionFor(food: FoodRecord, words: readonly string[], prep: readonly string[] = [], size: string | null = null): { portion: Portion; perLabel: number } | null {
  for (const word of words) {
    const found: Array<{ portion: Portion; perLabel: number; rest: string }> = [];
    for (const portion of food.portions) {
      const parts = /^([\d.]+)\s+(.*)$/.exec(portion.label);
      const [labelAmount, unitText] = parts ? [Number(parts[1]), parts[2]!] : [1, portion.label];
      if (new RegExp(`^${word}\\b`, "i").test(unitText)) found.push({ portion, perLabel: labelAmount, rest: unitText.slice(word.length).toLowerCase() });
      else {
        const inner = new RegExp(`\\b(\\d+)/(\\d+)\\s+${word}\\b`, "i").exec(unitText);
        if (inner && labelAmount === 1) found.push({ portion, perLabel: Number(inner[1]) / Number(inner[2]), rest: "" });
      }
    }
    const wanted = size ? (SIZES[size]?.words ?? [size]) : ["medium"];
    const preferred =
      found.find((f) => prep.some((p) => f.rest.includes(p))) ??
      found.find((f) => wanted.some((w) => f.rest.includes(w))) ??
      found.find((f) => f.rest.replace(/^[\s,]+/, "") === "") ??
      found.find((f) => !/\b(small|large|extra|jumbo|mini|thin|not eaten|crumbs|cubes)\b/.test(f.rest)) ??
      found[0];
    if (preferred) return { portion: preferred.portion, perLabel: preferred.perLabel };
  }
  return null;
}

/** grams per ml for liquids: from the food's cup or fl oz measure, else water's 1 g/ml. */
function gramsPerMl(food: FoodRecord): number {
  const cup = portionFor(food, ["cup"]);
  if (cup) return cup.portion.grams / cup.perLabel / US_CUP_ML;
  const flOz = portionFor(food, ["fl oz"]);
  if (flOz) return flOz.portion.grams / flOz.perLabel / 29.57;
  return 1;
}

/** Measures of volume, weight or packaging: not one piece of the food. */
const NOT_A_PIECE = /^(cup|tbsp|tsp|oz|fl oz|lb|pat|quart|pint|nlea|serving|package|container|can|bottle|stick|cubic|pkg|bag|box|jar)\b/i;

/** The measure of one piece of a food: a medium one, else any "1 <piece>" that is not a mini or small one. */
function piecePortion(food: FoodRecord): Portion | undefined {
  const single = food.portions.filter((p) => /^1 /.test(p.label) && !NOT_A_PIECE.test(p.label.slice(2)));
  return (
    single.find((p) => /^1 medium\b/i.test(p.label)) ??
    single.find((p) => !/^1 (extra|jumbo|small|mini|large)\b/i.test(p.label)) ??
    single.find((p) => /^1 large\b/i.test(p.label)) ??
    single[0]
  );
}

type Quantity = { amount: number; portion: string | null; grams: number; note: string | null };

const round = (value: number) => roundTo(value, 2);
const byGrams = (grams: number, note: string | null = null): Quantity => ({ amount: round(grams), portion: null, grams: round(grams), note });
const byPortion = (count: number, portion: Portion, note: string | null = null): Quantity => ({
  amount: round(count),
  portion: portion.label,
  grams: round(count * portion.grams),
  note,
});

/** The lexicon's typical portion as a quantity: an SR28 measure by label, else grams with where they come from. */
function lexiconQuantity(food: FoodRecord, lex: LexiconFood, count: number): Quantity {
  const own = food.portions.find((p) => p.label === lex.portion.label);
  if (own) return byPortion(count, own);
  const label = lex.portion.label.replace(/^1\s+/, "");
  return byGrams(count * lex.portion.grams, `One ${label} taken as ${round(lex.portion.grams)} g.`);
}

/** How much of `food` the words give: "2 slices", "250 ml", "a splash", "a large", or one typical portion. */
function quantityOf(food: FoodRecord, amount: Amount, lex: LexiconFood | undefined, joiner: Fragment["joiner"], prep: readonly string[]): Quantity {
  const count = amount.count ?? 1;
  const unit = amount.unit;
  const ownLex = lex && lex.foodId === food.id ? lex : undefined;
  if (unit?.kind === "mass") return byGrams(count * unit.grams);
  if (unit?.kind === "volume") {
    const named = unit.words ? portionFor(food, unit.words) : null;
    if (named) return byPortion(count / named.perLabel, named.portion);
    return byGrams(count * unit.ml * gramsPerMl(food));
  }
  if (unit?.kind === "dash") return byGrams(count * (lex?.addOnGrams ?? unit.fallbackGrams));
  // "a glass of wine", "a can of tuna", "a bag of crisps": the lexicon's standard glass, can or bag.
  if (ownLex && amount.unitWord && namesUnit(ownLex, amount.unitWord)) {
    // The lexicon's portion may hold several of the unit ("2 tbsp", "0.5 cup"): count them, not the portions.
    const perLabel = Number(/^([\d.]+)\s/.exec(ownLex.portion.label)?.[1] ?? 1) || 1;
    const isSameUnit = new RegExp(`^[\\d./]+\\s+(?:(?:small|medium|large|regular)\\s+)?${amount.unitWord}\\b`, "i").test(ownLex.portion.label);
    return lexiconQuantity(food, ownLex, isSameUnit ? count / perLabel : count);
  }
  if (unit?.kind === "measure") {
    const found = portionFor(food, unit.words, prep, amount.size);
    if (found) return byPortion(count / found.perLabel, found.portion);
    const grams = count * (unit.fallbackGrams ?? (unit.fallbackMl ?? 0) * gramsPerMl(food));
    if (grams > 0) return byGrams(grams);
  }
  // "coffee with milk": the milk is a splash, not a cup.
  if (!unit && amount.count === null && !amount.size && joiner === "with" && lex?.addOnGrams) return byGrams(lex.addOnGrams);
  if (amount.size) {
    const sized = SIZES[amount.size]!;
    const own = sized.words.map((word) => food.portions.find((p) => new RegExp(`^1 ${word}\\b`, "i").test(p.label))).find(Boolean);
    if (own) return byPortion(count, own);
    const base = ownLex ? lexiconQuantity(food, ownLex, count) : typicalQuantity(food, count, amount);
    if (sized.scale === 1) return base;
    return byGrams(base.grams * sized.scale, `${amount.size[0]!.toUpperCase()}${amount.size.slice(1)}: ${sized.scale} times a typical portion.`);
  }
  // "10 almonds", "5 prunes": a count alone means pieces, where the lexicon's portion is a measure, not a piece.
  if (ownLex && !(amount.count !== null && !unit && isMeasure(ownLex.portion.label) && singlePiece(food))) return lexiconQuantity(food, ownLex, count);
  return typicalQuantity(food, count, amount);
}

/** Whether the lexicon's typical portion is the unit typed: its glass of a drink, or a can or bag it names. */
function namesUnit(lex: LexiconFood, unitWord: string): boolean {
  if (/^(?:glass|mug)$/.test(unitWord)) return true;
  // "1 medium slice" of sourdough is the slice the lexicon chose, over SR28's 139 g one.
  if (new RegExp(`^[\\d./]+\\s+(?:(?:small|medium|large|regular)\\s+)?${unitWord}\\b`, "i").test(lex.portion.label)) return true;
  const said = `${lex.portion.label} ${lex.note ?? ""} ${lex.portionSource ?? ""}`.toLowerCase();
  // A packet or pack of a snack is the bag the lexicon means ("a packet of crisps" is the 1 oz bag).
  const words = /^(?:bag|packet|pack)$/.test(unitWord) ? "bag|packet|pack" : unitWord;
  return /^(?:can|tin|bag|packet|pack|bottle|carton|pot|tub|container|bar)$/.test(unitWord) && new RegExp(`\\b(?:${words})\\b`).test(said);
}

/** A measure or a pack, not one piece of the food: "20 raisins" are raisins, not 20 of the lexicon's small box. */
const isMeasure = (label: string) =>
  /^[\d./]+\s+(?:(?:small|medium|large|regular|mini)\s+)?(?:cup|oz|tbsp|tsp|fl oz|serving|nlea|g\b|container|package|box|bag|packet|can|bottle|carton|pot|jar|tub)/i.test(label);

/**
 * A measure of pieces named after the food itself: "1 almond", "1 prune, pitted", "1 date", or several of them
 * ("10 grapes", "50 raisins"), with how many pieces the measure holds.
 */
function singlePiece(food: FoodRecord): { portion: Portion; perLabel: number } | undefined {
  const head = /^(?:nuts|seeds|fruit)?,?\s*([a-z]+?)(?:e?s)?\b/i.exec(food.name.replace(/^(?:Nuts|Seeds), /, ""))?.[1]?.toLowerCase();
  if (!head) return undefined;
  const one = food.portions.find((p) => new RegExp(`^1 ${head}`, "i").test(p.label));
  if (one) return { portion: one, perLabel: 1 };
  for (const portion of food.portions) {
    const several = new RegExp(`^(\\d+) ${head}`, "i").exec(portion.label);
    if (several && Number(several[1]) > 1) return { portion, perLabel: Number(several[1]) };
  }
  return undefined;
}

/** A count alone means pieces ("2 bananas", "5 prunes", "15 grapes"); no amount means one typical portion. */
function typicalQuantity(food: FoodRecord, count: number, amount: Amount): Quantity {
  if (amount.count !== null && !amount.unit) {
    const pieces = singlePiece(food);
    if (pieces) return byPortion(count / pieces.perLabel, pieces.portion);
  }
  const typical = amount.count !== null && !amount.unit ? (piecePortion(food) ?? typicalPortion(food)) : typicalPortion(food);
  if (typical) return byPortion(count, typical);
  return byGrams(count * 100, "No household measure in the table: 100 g assumed.");
}

// ---- Matching ------------------------------------------------------------------------------------------------

type FoodMatch = {
  kind: "food";
  food: FoodRecord;
  lex?: LexiconFood;
  confidence: Confidence;
  note: string | null;
  alternatives: string[];
};
type Match =
  | FoodMatch
  | { kind: "recipe"; recipe: Recipe; confidence: Confidence; note: string | null }
  | { kind: "missing"; reason: string }
  | { kind: "none"; reason: string };

const isKnownKey = (key: string) => Boolean(recipeByKey(key) || lexiconEntryByKey(key));
const isKnownName = (text: string) => isKnownKey(nameKey(text));

function fromLexicon(entry: LexiconEntry, raw: boolean, confidence: Confidence): Match {
  if (entry.foodId === null) return { kind: "missing", reason: entry.reason };
  const id = raw && entry.rawId ? entry.rawId : entry.foodId;
  const food = foodRecordById(id);
  if (!food) return { kind: "none", reason: "No food in the table matches these words." };
  const alternatives = [...(id === entry.foodId ? [] : [entry.foodId]), ...entry.alternatives, ...(entry.rawId && id !== entry.rawId ? [entry.rawId] : [])];
  // The note says what was assumed for the everyday form; asking for the raw form assumed nothing.
  const note = raw && id === entry.rawId ? null : entry.note;
  return { kind: "food", food, lex: entry, confidence, note, alternatives: alternatives.filter((a) => a !== id) };
}

/** A dish or everyday name for exactly these words (with or without the words for raw), if there is one. */
function exactMatch(words: readonly string[]): Match | null {
  const raw = words.some((w) => RAW_WORDS.has(w));
  const key = words.join(" ");
  const recipe = recipeByKey(key);
  if (recipe) return { kind: "recipe", recipe, confidence: "high", note: null };
  const entry = lexiconEntryByKey(key);
  if (entry) return fromLexicon(entry, false, "high");
  if (raw) {
    const cooked = words.filter((w) => !RAW_WORDS.has(w));
    const rawEntry = lexiconEntryByKey(cooked.join(" "));
    if (rawEntry && (rawEntry.foodId === null || rawEntry.rawId)) return fromLexicon(rawEntry, true, "high");
  }
  return null;
}

/** How many words the longest dish or everyday name has: no longer run of words can be one. */
let longestName: number | undefined;
function longestNameWords(): number {
  longestName ??= Math.max(...[...lexiconKeys(), ...recipeKeys()].map((key) => key.split(" ").length));
  return longestName;
}

/**
 * The longest dish or everyday name inside the words, and the words left over. Only runs as long as the longest
 * name (plus any words for raw, which exactMatch sets aside) are tried, so a long fragment costs words × that, not
 * words².
 */
function containedMatch(words: readonly string[]): { match: Match; extra: string[]; name: string } | null {
  const longest = longestNameWords() + words.filter((w) => RAW_WORDS.has(w)).length;
  for (let length = Math.min(words.length - 1, longest); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
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
  const index = recipe.ingredients.findIndex((i) => foodRecordById(i.foodId)?.group === found.food.group);
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

const describes = (word: string) => PREPARATION.has(word) || COOKING.has(word) || FILLER.has(word) || /^\d/.test(word);

function searchMatch(text: string, ranked: RankedFood[]): FoodMatch | null {
  const [best, ...rest] = ranked;
  if (!best || best.signals.coverage < MIN_COVERAGE) return null;
  // Every word matched, at least half of them in the food's own name ("eye of round" sits in a later segment).
  const sure = best.signals.coverage >= 0.999 && best.signals.position >= 0.5 && best.signals.unusual === 0;
  const lexicon = lexiconEntryByKey(nameKey(best.record.name));
  return {
    kind: "food",
    food: best.record,
    lex: lexicon && lexicon.foodId === best.record.id ? lexicon : undefined,
    confidence: sure ? "high" : "low",
    note: sure ? null : `Closest food in the table for “${text}”: check it, or pick another.`,
    alternatives: rest.filter((r) => r.signals.coverage >= MIN_COVERAGE).map((r) => r.record.id),
  };
}

/** Which food (or dish) the words name, how sure that is, and what else they could mean. */
function matchWords(foodText: string): Match {
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
  if (contained && contained.extra.every(describes)) return contained.match;
  // More words than anyone names one food with: not searched (see MAX_SEARCH_WORDS).
  const ranked = words.length <= MAX_SEARCH_WORDS ? rankFoods(words.join(" "), 4) : [];
  const searched = searchMatch(foodText.trim(), ranked);
  if (searched?.confidence === "high") return searched;
  if (contained?.match.kind === "recipe") {
    const swapped = substituted(contained.match.recipe, contained.extra);
    if (swapped) return { kind: "recipe", recipe: swapped.recipe, confidence: "high", note: swapped.note };
  }
  if (contained && contained.match.kind !== "none") {
    if (contained.match.kind === "missing") return contained.match;
    const extra = contained.extra.join(" ");
    const note = `Read as “${contained.name}”; “${extra}” is not in the table, so check it or pick another.`;
    if (contained.match.kind === "recipe") return { ...contained.match, confidence: "low", note };
    return { ...contained.match, confidence: "low", note: [contained.match.note, note].filter(Boolean).join(" ") };
  }
  if (searched) return searched;
  if (words.length > MAX_SEARCH_WORDS) return { kind: "none", reason: TOO_MANY_WORDS };
  return { kind: "none", reason: "No food in the table matches these words." };
}

// ---- Fragments -----------------------------------------------------------------------------------------------

/** A fragment after a comma that only describes the food before it: "…, fat-free", "…, eye of the round". */
function qualifies(previousFoodText: string, fragment: string): boolean {
  const amount = readAmount(fragment);
  if (amount.count !== null || amount.unit !== null) return false;
  const words = nameWords(fragment);
  if (words.length === 0 || words.length > 5) return false;
  if (words.every((w) => QUALIFIERS.has(w))) return true;
  if (isKnownKey(words.join(" "))) return false;
  if (nameWords(previousFoodText).length + words.length > MAX_SEARCH_WORDS) return false;
  // A cut or variety: the words only make sense with the food before them ("beef, eye of the round").
  const together = rankFoods(`${previousFoodText} ${fragment}`, 1)[0];
  if (!together || together.signals.coverage < 0.999) return false;
  // Merge when the words alone do not name a food fully, or name the same food the two name together.
  const alone = rankFoods(fragment, 1)[0];
  return !alone || alone.signals.coverage < 0.999 || alone.record.id === together.record.id;
}

/** A fragment with the comma qualifiers that describe it; `head` is the fragment before them, as typed. */
type Piece = Fragment & {
  qualifiers: string[];
  /** The fragment before its qualifiers, with food emoji as words. */
  head: string;
  amountText: string | null;
  /** Emoji and nothing else, none of them a food ("😋"). */
  onlyOtherEmoji: boolean;
  /** Emoji beside the words that are no food ("2 eggs 👍"): listed back, never dropped unseen. */
  otherEmoji: string[];
};

/** "4 oz" or "1 cup" on its own: an amount after a comma belongs to the food before it ("grilled chicken, 4 oz"). */
function onlyAmount(fragment: string): boolean {
  const amount = readAmount(`${fragment} food`);
  return (amount.count !== null || amount.unit !== null) && amount.rest.join(" ") === "food";
}

/** The pieces of a text: each fragment with the ones after it that only qualify it. Pauses before each fragment. */
function* mergeQualifiers(text: string, fragments: Fragment[]): Generator<void, Piece[], void> {
  const pieces: Piece[] = [];
  for (const fragment of fragments) {
    yield;
    // Food emoji are read as their words ("🍌🍌" as "2 banana"); the piece keeps the text as typed.
    const read = emojiToWords(fragment.text);
    const words = read.text;
    const previous = pieces[pieces.length - 1];
    if (previous && fragment.joiner === "," && fragment.meal === previous.meal && previous.amountText === null && onlyAmount(words)) {
      const own = readAmount(previous.head);
      if (own.count === null && own.unit === null) {
        previous.amountText = words;
        previous.end = fragment.end;
        previous.text = text.slice(previous.start, previous.end);
        continue;
      }
    }
    if (previous && fragment.joiner === "," && fragment.meal === previous.meal && words) {
      const previousFood = [readAmount(previous.head).rest.join(" "), ...previous.qualifiers].join(" ");
      if (qualifies(previousFood, words)) {
        previous.qualifiers.push(words);
        previous.end = fragment.end;
        previous.text = text.slice(previous.start, previous.end);
        continue;
      }
    }
    const onlyOtherEmoji = words === "" && read.unknown.length > 0;
    pieces.push({ ...fragment, qualifiers: [], head: words, amountText: null, onlyOtherEmoji, otherEmoji: onlyOtherEmoji ? [] : read.unknown });
  }
  return pieces;
}

function alternativesFor(ids: readonly string[], self: string, amount: Amount, main: Quantity, joiner: Fragment["joiner"], prep: readonly string[]): ParsedAlternative[] {
  const seen = new Set([self]);
  const out: ParsedAlternative[] = [];
  for (const id of ids) {
    const food = foodRecordById(id);
    if (!food || seen.has(id) || out.length === 3) continue;
    seen.add(id);
    let quantity: Quantity;
    if (amount.unit || amount.size) quantity = quantityOf(food, amount, undefined, joiner, prep);
    else {
      // The same measure where the other food has it ("1 cup" of brown rice for "1 cup" of white), else the same grams.
      const same = main.portion ? food.portions.find((p) => p.label === main.portion) : undefined;
      quantity = same ? byPortion(main.amount, same) : byGrams(main.grams);
    }
    const counted = countable(quantity);
    if (!(counted.grams > 0 && counted.amount > 0)) continue;
    out.push({ foodId: food.id, name: food.name, amount: counted.amount, portion: counted.portion, grams: counted.grams });
  }
  return out;
}

const NO_AMOUNT: Amount = { count: null, unit: null, unitWord: null, size: null, rest: [] };

/** How many cups a serving or measure says it is: "1 1/2 cups" 1.5, "1 bowl (1 1/2 cups)" 1.5, "0.5 cup" 0.5; else null. */
function cupsIn(serving: string): number | null {
  const found = /(?:^|[\s(])((?:\d+\s+)?\d+\/\d+|\d+(?:\.\d+)?)\s+cups?\b/i.exec(serving);
  if (!found) return null;
  const cups = found[1]!.split(/\s+/).reduce((sum, part) => sum + (parseNumber(part) ?? 0), 0);
  return cups > 0 ? cups : null;
}

function recipeEntries(piece: Piece, recipe: Recipe, amount: Amount, confidence: Confidence, note: string | null): ParsedEntry[] {
  const total = recipeGrams(recipe);
  let scale = amount.count ?? 1;
  const notes = note ? [note] : [];
  const unit = amount.unit;
  // "2 slices of pizza" where a serving is "1 slice", "2 cups of chili" where it is "1 cup": that many servings.
  const servingUnit = /^(?:1\s+|one\s+|an?\s+)?([a-z]+)/i.exec(recipe.serving)?.[1]?.toLowerCase() ?? "";
  const countsServings = unit?.kind === "measure" && unit.words.some((word) => servingUnit.startsWith(word));
  if (unit?.kind === "mass") scale = (scale * unit.grams) / total;
  else if (unit?.kind === "volume") scale = (scale * unit.ml) / total;
  else if (unit?.kind === "measure" && unit.words.includes("cup") && !countsServings) {
    // "2 cups of cheerios with milk": the cups are of the dish's first ingredient when it is measured in cups.
    const base = readAmount(recipe.ingredients[0]!.what);
    const withSomething = / with | and /i.test(` ${recipe.name.toLowerCase()} `);
    const baseCups = withSomething && base.unit?.kind === "measure" && base.unit.words.includes("cup") ? (base.count ?? 1) : null;
    // Else the cups the serving states ("1 1/2 cups", "1 bowl (1 1/2 cups)", "1/2 cup"), else the one food's own SR28
    // cup, and only then a dish at about 1 g/ml.
    const servingCups = cupsIn(recipe.serving);
    const only = recipe.ingredients.length === 1 ? foodRecordById(recipe.ingredients[0]!.foodId) : undefined;
    const foodCup = only?.portions.map((p) => ({ cups: cupsIn(p.label), grams: p.grams })).find((p) => p.cups !== null);
    if (baseCups) scale /= baseCups;
    else if (servingCups) scale /= servingCups;
    else if (foodCup) scale = (scale * foodCup.grams) / foodCup.cups! / total;
    else scale = (scale * US_CUP_ML) / total;
  }
  if (amount.size && SIZES[amount.size]!.scale !== 1) {
    scale *= SIZES[amount.size]!.scale;
    notes.push(`${amount.size[0]!.toUpperCase()}${amount.size.slice(1)}: ${SIZES[amount.size]!.scale} servings of ${recipe.serving}.`);
  }
  return recipe.ingredients.flatMap((ingredient, index): ParsedEntry[] => {
    const food = foodRecordById(ingredient.foodId);
    if (!food) return [];
    const grams = round(ingredient.grams * scale);
    if (!(grams > 0)) return []; // too little of this ingredient to weigh
    return [
      {
        text: piece.text,
        foodId: food.id,
        name: food.name,
        amount: grams,
        portion: null,
        grams,
        meal: piece.meal,
        recipe: recipe.name,
        confidence,
        // What a person might have used instead (another milk, another bread), at the same grams.
        alternatives: alternativesFor(lexiconEntryById(food.id)?.alternatives ?? [], food.id, NO_AMOUNT, byGrams(grams), "start", []),
        note: (index === 0 || confidence === "low") && notes.length > 0 ? notes.join(" ") : null,
        check: null,
      },
    ];
  });
}

/** Words that mark British usage, where "chips" are fries: crisps, rashers, a tin of, a jacket potato… */
const BRITISH = /\b(?:crisps|rashers?|tins? of|jacket potato|semi-skimmed|skimmed|biscuits|courgettes?|aubergines?|cuppa|brekkie|fry-up|chippy|sultanas|wholemeal|bangers|mince|beans on toast|fish and chips|squash|a brew)\b/i;


/**
 * Dishes people describe by what is in them: "a smoothie with banana, spinach and almond milk". Some have a base the
 * words leave unsaid (a salad's leaves, a sandwich's bread), added with a note unless the words name one.
 */
type MadeOf = { name: string; base?: { foodId: string; amount: number; portion: string; unless: RegExp; note: string } };
const MADE_OF = new Map<string, MadeOf>([
  ["smoothie", { name: "Smoothie" }],
  ["shake", { name: "Shake" }],
  ["protein shake", { name: "Protein shake" }],
  ["bowl", { name: "Bowl" }],
  ["soup", { name: "Soup" }],
  ["stir fry", { name: "Stir-fry" }],
  // SR28 measures: romaine 1 cup shredded 47 g (11251); white bread 1 slice 29 g (18069); flour tortilla 10" 72 g,
  // 12" 117 g (18364); omelet 1 large egg 61 g (01130).
  ["salad", { name: "Salad", base: { foodId: "11251", amount: 1.5, portion: "1 cup shredded", unless: /lettuce|greens|romaine|spinach|kale|rocket|arugula|leaves|cabbage/i, note: "1½ cups of romaine assumed as the salad's leaves; change or remove it." } }],
  ["sandwich", { name: "Sandwich", base: { foodId: "18069", amount: 2, portion: "1 slice", unless: /bread|toast|roll|bun|bagel|pita|baguette|ciabatta|sourdough|rye/i, note: "2 slices of white bread assumed; change it to your bread." } }],
  ["wrap", { name: "Wrap", base: { foodId: "18364", amount: 1, portion: "1 tortilla (approx 10\" dia)", unless: /tortilla|wrap|pita|lavash|flatbread/i, note: "A 10-inch flour tortilla assumed." } }],
  ["burrito", { name: "Burrito", base: { foodId: "18364", amount: 1, portion: "1 tortilla (approx 12\" dia)", unless: /tortilla/i, note: "A 12-inch flour tortilla assumed." } }],
  ["omelette", { name: "Omelette", base: { foodId: "01130", amount: 2, portion: "1 large", unless: /\begg/i, note: "A 2-egg omelette assumed." } }],
  ["omelet", { name: "Omelette", base: { foodId: "01130", amount: 2, portion: "1 large", unless: /\begg/i, note: "A 2-egg omelette assumed." } }],
]);

/**
 * "a smoothie with banana, spinach and almond milk": the foods after "with" up to the end of the clause are what
 * the dish is made of, so they become its ingredients, under its name, instead of a standard recipe.
 */
function madeOf(pieces: readonly Piece[], index: number): { dish: MadeOf; parts: Piece[] } | null {
  const piece = pieces[index]!;
  const next = pieces[index + 1];
  if (!next || next.joiner !== "with" || next.clause !== piece.clause) return null;
  const words = readAmount(piece.head).rest.filter((w) => !FILLER.has(w) && !PREPARATION.has(w));
  const dish = MADE_OF.get(nameKey(words.join(" ")));
  if (!dish) return null;
  const parts: Piece[] = [];
  for (let i = index + 1; i < pieces.length && pieces[i]!.clause === piece.clause; i++) parts.push(pieces[i]!);
  return { dish, parts };
}

/** The foods in a day's text (see parseSteps), worked out in one go. */
export function parseMeals(text: string): ParseResponse {
  return runToEnd(parseSteps(text));
}

function runToEnd<T>(steps: Generator<void, T, void>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The foods in a day's text, one fragment at a time: the generator pauses before each fragment is read (each step
 * costs at most a few searches of at most MAX_SEARCH_WORDS words), so that a server can answer other requests
 * between the fragments of a long text. Its return value is parseMeals's answer.
 */
export function* parseSteps(text: string): Generator<void, ParseResponse, void> {
  const entries: ParsedEntry[] = [];
  const unmatched: string[] = [];
  const unmatchedReasons: UnmatchedReason[] = [];
  const pieces = yield* mergeQualifiers(text, splitDay(text, isKnownName));
  const british = BRITISH.test(text);
  const dishOf = new Map<Piece, { name: string; text: string }>();
  const baseBefore = new Map<Piece, ParsedEntry>();
  for (let i = 0; i < pieces.length; i++) {
    const made = madeOf(pieces, i);
    if (!made) continue;
    const whole = text.slice(pieces[i]!.start, made.parts[made.parts.length - 1]!.end);
    for (const part of made.parts) dishOf.set(part, { name: made.dish.name, text: whole });
    const base = made.dish.base;
    const food = base && !made.parts.some((part) => base.unless.test(part.text)) ? foodRecordById(base.foodId) : undefined;
    const portion = food?.portions.find((p) => p.label === base!.portion);
    if (food && portion) {
      baseBefore.set(made.parts[0]!, {
        text: whole, foodId: food.id, name: food.name, ...byPortion(base!.amount, portion), meal: pieces[i]!.meal,
        recipe: made.dish.name, confidence: "high", alternatives: [], note: base!.note, check: null,
      });
    }
    pieces.splice(i, 1); // the dish word itself is no food
    i += made.parts.length - 1;
  }
  let openDish: { clause: number; name: string; start: number; entries: ParsedEntry[]; joined?: boolean } | null = null;
  for (const piece of pieces) {
    yield;
    if (openDish && openDish.clause !== piece.clause) openDish = null;
    const base = baseBefore.get(piece);
    if (base) entries.push(base);
    const refuse = (reason: string, text = piece.text) => {
      unmatched.push(text);
      unmatchedReasons.push({ text, reason });
    };
    for (const emoji of piece.otherEmoji) refuse(NOT_A_FOOD_EMOJI, emoji);
    if (piece.onlyOtherEmoji) {
      refuse(NOT_A_FOOD_EMOJI);
      continue;
    }
    const amount = readAmount(piece.amountText ? `${piece.amountText} ${readAmount(piece.head).rest.join(" ")}` : piece.head);
    // "0 bananas", "-200 g spinach", "banana x 0", "milk -2": no amount at all. Refused with the reason, never read as
    // another amount, wherever the number stands.
    const nothing = [amount.count, ...amount.rest.map(parseNumber)].find((n): n is number => n !== null && n <= 0);
    if (nothing !== undefined) {
      refuse(notAnAmount(nothing));
      continue;
    }
    const qualifierWords = piece.qualifiers.flatMap((q) => q.toLowerCase().split(/[\s,]+/));
    // "milk, fat-free" is "fat-free milk": try the qualifier first, as everyday names put it.
    const foodWords = [...qualifierWords, ...amount.rest];
    if (!foodWords.some((w) => /[\p{L}]/u.test(w))) {
      if (/[\p{L}\p{N}]/u.test(piece.text)) refuse("There is an amount here but no food.");
      continue;
    }
    // "I also", "then some": words that only tell the story; "2 x" is an amount with no food.
    if (foodWords.every((w) => STRUCTURE_WORDS.has(w))) {
      if (amount.count !== null || amount.unit !== null) refuse("There is an amount here but no food.");
      continue;
    }
    const foodText = foodWords.join(" ");
    const match = matchWords(foodText);
    if (match.kind === "missing" || match.kind === "none") {
      refuse(match.reason);
      continue;
    }
    if (match.kind === "recipe") {
      const made = recipeEntries(piece, match.recipe, amount, match.confidence, match.note);
      const problem = amountProblem(made);
      if (problem) {
        refuse(problem);
        continue;
      }
      entries.push(...made);
      openDish = { clause: piece.clause, name: match.recipe.name, start: piece.start, entries: made };
      continue;
    }
    // "tofu stir-fry with rice, bok choy and soy sauce": what comes with a dish in the same clause is part of it,
    // and a food the dish already has is not counted twice.
    const inDish = openDish && openDish.clause === piece.clause && (piece.joiner === "with" || openDish.joined) ? openDish : null;
    if (openDish && !inDish) openDish = null;
    if (inDish) {
      inDish.joined = true;
      const whole = text.slice(inDish.start, piece.end);
      for (const entry of inDish.entries) entry.text = whole;
      if (inDish.entries.some((entry) => entry.foodId === match.food.id)) continue;
    }
    const prep = foodWords.filter((w) => PREPARATION.has(w));
    if (british && match.lex?.britishId) {
      const fries = foodRecordById(match.lex.britishId);
      if (fries) {
        match.alternatives = [match.food.id, ...match.alternatives.filter((id) => id !== fries.id)];
        match.note = `Read as ${fries.name.toLowerCase()}, as the text reads British; pick the other if not.`;
        match.food = fries;
        match.lex = undefined;
      }
    }
    const quantity = countable(quantityOf(match.food, amount, match.lex ?? lexiconEntryById(match.food.id), piece.joiner, prep));
    const problem = amountProblem([quantity]);
    if (problem) {
      refuse(problem);
      continue;
    }
    const note = [match.note, quantity.note].filter(Boolean).join(" ") || null;
    const dish = dishOf.get(piece) ?? (inDish ? { name: inDish.name, text: text.slice(inDish.start, piece.end) } : undefined);
    const entry: ParsedEntry = {
      text: dish?.text ?? piece.text,
      foodId: match.food.id,
      name: match.food.name,
      amount: quantity.amount,
      portion: quantity.portion,
      grams: quantity.grams,
      meal: piece.meal,
      recipe: dish?.name ?? null,
      confidence: match.confidence,
      alternatives: alternativesFor(match.alternatives, match.food.id, amount, quantity, piece.joiner, prep),
      note,
      check: null,
    };
    entries.push(entry);
    if (inDish) inDish.entries.push(entry);
  }
  return { entries: withChecks(entries), unmatched, unmatchedReasons };
}

/** The fragments of a text, each as typed (labels, separators and filler left out). */
export function splitFragments(text: string): string[] {
  return runToEnd(mergeQualifiers(text, splitDay(text, isKnownName))).map((piece) => piece.text);
}
