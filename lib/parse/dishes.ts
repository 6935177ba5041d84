// Dishes: a named dish becomes its ingredients (data/recipes.json), scaled by the amount typed; a dish described by
// what is in it ("a smoothie with banana and oat milk") becomes the foods named.
import { foodRecordById } from "../food/foods";
import { lexiconEntryById } from "../food/lexicon";
import { recipeByKey, recipeGrams } from "../food/recipes";
import { nameKey } from "../food/words";
import { US_CUP_ML, SIZES, FILLER, NO_AMOUNT, type Amount, parseNumber, readAmount } from "./amount";
import { PREPARATION } from "./vocabulary";
import { round, byGrams, alternativesFor } from "./quantity";
import { type Piece } from "./pieces";
import type { Recipe } from "../schema/food";
import type { Confidence, ParsedEntryDraft } from "../schema/parse";
/** The grams of one of the only ingredient's own measures named by these words ("1 can" of a canned soup). */
function ownMeasure(recipe: Recipe, words: readonly string[]): number | undefined {
  const food = foodRecordById(recipe.ingredients[0]!.foodId);
  return food?.portions.find((p) => words.some((word) => new RegExp(`^1 ${word}\\b`, "i").test(p.label)))?.grams;
}

/** How many cups a serving or measure says it is: "1 1/2 cups" 1.5, "1 bowl (1 1/2 cups)" 1.5, "0.5 cup" 0.5; else null. */
export function cupsIn(serving: string): number | null {
  const found = /(?:^|[\s(])((?:\d+\s+)?\d+\/\d+|\d+(?:\.\d+)?)\s+cups?\b/i.exec(serving);
  if (!found) return null;
  const cups = found[1]!.split(/\s+/).reduce((sum, part) => sum + (parseNumber(part) ?? 0), 0);
  return cups > 0 ? cups : null;
}

export function recipeEntries(piece: Piece, recipe: Recipe, amount: Amount, confidence: Confidence, note: string | null): ParsedEntryDraft[] {
  const total = recipeGrams(recipe);
  let scale = amount.count ?? 1;
  const notes = note ? [note] : [];
  const unit = amount.unit;
  // "2 slices of pizza" where a serving is "1 slice", "2 cups of chili" where it is "1 cup": that many servings.
  const servingUnit = /^(?:1\s+|one\s+|an?\s+)?([a-z]+)/i.exec(recipe.serving)?.[1]?.toLowerCase() ?? "";
  const countsServings = unit?.kind === "measure" && unit.words.some((word) => servingUnit.startsWith(word));
  if (unit?.kind === "mass") scale = (scale * unit.grams) / total;
  else if (unit?.kind === "volume") scale = (scale * unit.ml) / total;
  // "half a can of chicken noodle soup": a dish that is one SR28 food, by that food's own can, bottle or packet.
  else if (unit?.kind === "measure" && !countsServings && recipe.ingredients.length === 1 && !unit.words.includes("cup") && ownMeasure(recipe, unit.words)) scale = (scale * ownMeasure(recipe, unit.words)!) / total;
  // "a few spoonfuls of tomato soup": spoons of the dish, at about 1 g/ml, never spoons as servings.
  else if (unit?.kind === "measure" && !countsServings && (unit.words.includes("tbsp") || unit.words.includes("tsp"))) scale = (scale * (unit.fallbackMl ?? 15)) / total;
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
  return recipe.ingredients.flatMap((ingredient, index): ParsedEntryDraft[] => {
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
        perWeek: piece.often.perWeek,
        confidence,
        // What a person might have used instead (another milk, another bread), at the same grams.
        alternatives: alternativesFor(lexiconEntryById(food.id)?.alternatives ?? [], food.id, NO_AMOUNT, byGrams(grams), "start", []),
        note: (index === 0 || confidence === "low") && notes.length > 0 ? notes.join(" ") : null,
        check: null,
      },
    ];
  });
}

/**
 * Dishes people describe by what is in them: "a smoothie with banana, spinach and almond milk". Some have a base the
 * words leave unsaid (a salad's leaves, a sandwich's bread), added with a note unless the words name one.
 */
export type MadeOf = { name: string; base?: { foodId: string; amount: number; portion: string; unless: RegExp; note: string } };
export const MADE_OF = new Map<string, MadeOf>([
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
export function madeOf(pieces: readonly Piece[], index: number): { dish: MadeOf; parts: Piece[] } | null {
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

/**
 * "huevos rancheros - 2 eggs on corn tortillas w/ salsa", "full english: 2 eggs, bacon…": a dish named as a heading
 * (a dash or colon after it) over its own parts. The parts that follow are what was eaten when one of them is an
 * ingredient of the dish or of the same food group (`later`: the SR28 ids the next few pieces name); the dish is then
 * not counted again on top of them. A dish followed by other foods ("curry - rice, naan") stays.
 */
export function headsItsParts(typed: string, recipe: Recipe, later: readonly string[]): boolean {
  if (!/(?:\s[-–—]|:)\s*$/.test(typed) || recipe.ingredients.length < 2) return false;
  const ids = new Set(recipe.ingredients.map((ingredient) => ingredient.foodId));
  const groups = new Set(recipe.ingredients.map((ingredient) => foodRecordById(ingredient.foodId)?.group).filter((g) => g !== "Spices and Herbs" && g !== "Fats and Oils"));
  return later.some((id) => ids.has(id) || groups.has(foodRecordById(id)?.group));
}

/** `headsItsParts` for a piece of the day: the dish its words name, against the foods of the next four pieces of its meal. */
export function namesItsParts(pieces: readonly Piece[], index: number, foodsOf: (piece: Piece) => readonly string[]): boolean {
  const piece = pieces[index]!;
  if (!/(?:\s[-–—]|:)\s*$/.test(piece.text)) return false;
  const recipe = recipeByKey(nameKey(readAmount(piece.head.replace(/[-–—:]\s*$/, "")).rest.join(" ")));
  // Only then are the next pieces read (this runs before the day is read in slices: it must stay cheap).
  return recipe !== undefined && headsItsParts(piece.text, recipe, pieces.slice(index + 1, index + 5).filter((next) => next.meal === piece.meal).flatMap(foodsOf));
}
