// Stage: amount resolution. The grams an amount means for one food: an explicit unit (g, oz, ml, cup, slice, pint)
// always wins; a count alone uses the food's own piece; a vague word (a bowl, a handful, a splash) uses the table in
// vague.ts; no amount at all is one typical portion. Every assumption is said in the quantity's note.
import { round as roundTo } from "../format";
import { typicalPortion } from "../food/portions";
import { foodRecordById } from "../food/foods";
import { type Fragment } from "./structure";
import { countable } from "./checks";
import { gramsPerMl, isMeasure, PACKAGE, piecePortion, portionFor, singlePiece } from "./measures";
import { US_FL_OZ_ML, SIZES, SPOON_SIZES, type Amount } from "./amount";
import { MILK_ON_CEREAL_CUPS, vagueDefault, vagueRow, vagueTimes } from "./vague";
import type { FoodRecord, LexiconFood, Portion } from "../schema/food";
import type { ParsedAlternativeDraft } from "../schema/parse";

/** `assumed` says what was not read from the words (a default portion, a vague word's amount): the entry is then low. */
export type Quantity = { amount: number; portion: string | null; grams: number; note: string | null; assumed?: string };
const assuming = (quantity: Quantity, assumed: string): Quantity => ({ ...quantity, assumed });
/** "1 slice (22 g)", "1.5 cup (351 g)", "1 cup (8 fl oz), 237 g", "30 g": an amount as a note says it. */
function describe(q: Quantity): string {
  if (!q.portion) return `${Math.round(q.grams)} g`;
  const measure = /^1 /.test(q.portion) ? `${q.amount} ${q.portion.slice(2)}` : q.amount === 1 ? q.portion : `${q.amount} × ${q.portion}`;
  return measure.includes("(") ? `${measure}, ${Math.round(q.grams)} g` : `${measure} (${Math.round(q.grams)} g)`;
}

/** What a vague word means for this food (vague.ts), as a quantity that says so. */
function vagueQuantity(food: FoodRecord, count: number, word: string): Quantity | null {
  const row = vagueRow(word);
  if (!row) return null;
  const rule = vagueDefault(row, food);
  let quantity: Quantity | null = null;
  if ("cups" in rule) {
    const cup = portionFor(food, ["cup"]);
    quantity = cup ? byPortion((count * rule.cups) / cup.perLabel, cup.portion) : null;
  } else if ("tbsp" in rule) {
    const tbsp = portionFor(food, ["tbsp"]);
    quantity = tbsp ? byPortion((count * rule.tbsp) / tbsp.perLabel, tbsp.portion) : byGrams(count * rule.tbsp * 15 * gramsPerMl(food));
  } else if ("ml" in rule) quantity = byGrams(count * rule.ml * gramsPerMl(food));
  else if ("grams" in rule) quantity = byGrams(count * rule.grams);
  if (!quantity) return null;
  return assuming(quantity, `“${word}” taken as ${describe(quantity)}.`);
}

export const round = (value: number) => roundTo(value, 2);
export const byGrams = (grams: number, note: string | null = null): Quantity => ({ amount: round(grams), portion: null, grams: round(grams), note });
export const byPortion = (count: number, portion: Portion, note: string | null = null): Quantity => ({
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

/**
 * How much of `food` the words give: "2 slices", "250 ml", "a splash", "a large", or one typical portion. A count
 * word that names no number ("a few slices") is a guess, and said. `spreadOn`: how many pieces an add-on with no
 * amount is spread on ("2 slices of toast with butter" is butter on each of 2).
 */
export function quantityOf(food: FoodRecord, amount: Amount, lex: LexiconFood | undefined, joiner: Fragment["joiner"], prep: readonly string[], spreadOn = 1): Quantity {
  const quantity = quantityRead(food, amount, lex, joiner, prep, spreadOn);
  if (quantity.assumed) return quantity;
  if (amount.countWord) return assuming(quantity, `“A ${amount.countWord}” read as ${amount.count}: ${describe(quantity)}.`);
  const unit = amount.unit;
  if (unit && "vessel" in unit && unit.vessel) return assuming(quantity, `A ${amount.unitWord === "pc" ? "piece" : amount.unitWord} taken as ${describe(quantity)}; change it if yours was bigger or smaller.`);
  return quantity;
}

function quantityRead(food: FoodRecord, amount: Amount, lex: LexiconFood | undefined, joiner: Fragment["joiner"], prep: readonly string[], spreadOn = 1): Quantity {
  const count = amount.count ?? 1;
  const unit = amount.unit;
  const ownLex = lex && lex.foodId === food.id ? lex : undefined;
  /** The quantity the words give without their unit, with what was assumed said by `say`. */
  const withoutUnit = (say: (typical: Quantity) => string) => {
    const typical = quantityRead(food, { ...amount, unit: null, unitWord: null }, lex, joiner, prep);
    return assuming(typical, say(typical));
  };
  // "16 oz chocolate milk", "a 12 oz coffee": ounces of a drink are fluid ounces.
  if (unit?.kind === "mass" && amount.unitWord === "oz" && isDrink(food)) return byGrams(count * US_FL_OZ_ML * gramsPerMl(food));
  if (unit?.kind === "mass") return byGrams(count * unit.grams);
  if (unit?.kind === "volume") {
    const named = unit.words ? portionFor(food, unit.words) : null;
    const read = named ? byPortion(count / named.perLabel, named.portion) : byGrams(count * unit.ml * gramsPerMl(food));
    // "a small katori", "a big mug": the vessel the unit means, scaled, and said.
    const scale = amount.size ? (SIZES[amount.size]?.scale ?? 1) : 1;
    if (scale !== 1) return assuming(byGrams(read.grams * scale), `A ${amount.size} ${amount.unitWord} taken as ${scale} times ${describe(read)}.`);
    return read;
  }
  if (unit?.kind === "vague") {
    const vague = vagueQuantity(food, count, amount.unitWord ?? "");
    if (vague) return vague;
    // "heaps of milk", "lots of water": a number of typical portions (vague.ts), said.
    const times = vagueTimes(amount.unitWord);
    if (times) {
      // Of what the food would be with no amount, in its place: a glass of water, a splash in coffee.
      const typical = withoutUnit(() => "");
      const many = byGrams(typical.grams * times);
      return assuming(many, `“${amount.unitWord}” taken as ${times} typical portions, ${describe(many)}.`);
    }
    // A serving, or a vague word the food has no measure for: the typical portion, said.
    return withoutUnit((typical) => `“${amount.unitWord}” taken as one typical portion, ${describe(typical)}.`);
  }
  // "a glass of wine", "a can of tuna", "a bag of crisps": the lexicon's standard glass, can or bag.
  if (ownLex && amount.unitWord && namesUnit(ownLex, amount.unitWord)) {
    // The lexicon's portion may hold several of the unit ("2 tbsp", "0.5 cup"): count them, not the portions.
    const perLabel = Number(/^([\d.]+)\s/.exec(ownLex.portion.label)?.[1] ?? 1) || 1;
    const isSameUnit = new RegExp(`^[\\d./]+\\s+(?:(?:small|medium|large|regular)\\s+)?${amount.unitWord}\\b`, "i").test(ownLex.portion.label);
    const quantity = lexiconQuantity(food, ownLex, isSameUnit ? count / perLabel : count);
    // "a large glass of wine", "a small cup of tea": the glass the lexicon means, scaled, and said.
    const scale = amount.size ? (SIZES[amount.size]?.scale ?? 1) : 1;
    if (scale !== 1) return assuming(byGrams(quantity.grams * scale), `A ${amount.size} ${amount.unitWord} taken as ${scale} times ${describe(quantity)}.`);
    return quantity;
  }
  if (unit?.kind === "measure") {
    const found = portionFor(food, unit.words, prep, amount.size);
    // "3 heaped tsp": spoons of the size said, scaled from the level measure, and said.
    const spoon = amount.size && SPOON_SIZES.has(amount.size) ? SIZES[amount.size]!.scale : 1;
    const level = found ? byPortion(count / found.perLabel, found.portion) : null;
    if (level) return spoon === 1 ? level : assuming(byGrams(level.grams * spoon), `A ${amount.size} ${amount.unitWord} taken as ${spoon} level ones: ${describe(level)} × ${spoon}.`);
    const grams = spoon * count * (unit.fallbackGrams ?? (unit.fallbackMl ?? 0) * gramsPerMl(food));
    if (grams > 0) return assuming(byGrams(grams), `The table has no ${amount.unitWord ?? "such measure"} of this food: ${Math.round(grams)} g assumed.`);
    // A unit the food has no measure for ("6 spears" of a food weighed by the cup): its typical portion, said.
    return withoutUnit((typical) => `The table has no ${amount.unitWord ?? "such measure"} of this food: ${describe(typical)} assumed.`);
  }
  // "coffee with milk": a splash, not a cup; "2 slices of toast with butter": spread on each of the slices.
  if (!unit && amount.count === null && !amount.size && joiner === "with" && lex?.addOnGrams) {
    const on = spreadOn > 1 ? ` on each of ${spreadOn}` : "";
    return assuming(byGrams(lex.addOnGrams * spreadOn), `No amount given: ${lex.addOnGrams} g assumed${on}, as it comes with the food before it.`);
  }
  if (amount.size) {
    const sized = SIZES[amount.size]!;
    // "1 large", or a piece of that size: "1 bar, fun size", "1 spear, large" (never "1 extra small" for small).
    const own = sized.words.map((word) => food.portions.find((p) => new RegExp(`^1 (?:[a-z]+, )?${word}\\b`, "i").test(p.label))).find(Boolean);
    if (own) return byPortion(count, own);
    const base = ownLex ? lexiconQuantity(food, ownLex, count) : typicalQuantity(food, count, amount);
    // "a medium coffee": no medium one in the table, so the size says nothing the typical portion does not.
    if (sized.scale === 1) return base.assumed || amount.size === "regular" ? base : assuming(base, `The table has no ${amount.size} one: ${describe(base)} taken.`);
    return assuming(byGrams(base.grams * sized.scale), `${amount.size[0]!.toUpperCase()}${amount.size.slice(1)}: ${sized.scale} times a typical portion.`);
  }
  // A count alone is of pieces when the lexicon's portion is a measure and the food has pieces ("10 almonds", "20
  // raisins", "5 strawberries"), else of the lexicon's package ("a red bull" is a can).
  const pieces = amount.count !== null && !unit && isMeasure(ownLex?.portion.label ?? "") && (singlePiece(food) ?? (PACKAGE.test(ownLex!.portion.label) ? undefined : piecePortion(food)));
  if (ownLex && !pieces) {
    const typical = lexiconQuantity(food, ownLex, count);
    // A count of a food the lexicon measures by the cup or spoon ("2 rice") names no piece: the count is a guess.
    if (amount.count === null) return assuming(typical, `No amount given: ${describe(typical)} assumed.`);
    // A count of what comes in a can, bottle, bar or packet ("a red bull", "2 cokes") is that many of them.
    if (!unit && isMeasure(ownLex.portion.label) && !PACKAGE.test(ownLex.portion.label)) return assuming(typical, `“${amount.count}” read as ${describe(typical)}.`);
    return typical;
  }
  return typicalQuantity(food, count, amount);
}

/** Whether the lexicon's typical portion is the unit typed: its glass of a drink, or a can or bag it names. */
function namesUnit(lex: LexiconFood, unitWord: string): boolean {
  if (unitWord === "glass") return true;
  // "1 medium slice" of sourdough is the slice the lexicon chose, over SR28's 139 g one.
  if (new RegExp(`^[\\d./]+\\s+(?:(?:small|medium|large|regular)\\s+)?${unitWord}\\b`, "i").test(lex.portion.label)) return true;
  const said = `${lex.portion.label} ${lex.note ?? ""} ${lex.portionSource ?? ""}`.toLowerCase();
  // A packet or pack of a snack is the bag the lexicon means ("a packet of crisps" is the 1 oz bag).
  const words = /^(?:bag|packet|pack)$/.test(unitWord) ? "bag|packet|pack" : unitWord;
  return /^(?:can|tin|bag|packet|pack|bottle|carton|pot|tub|container|bar)$/.test(unitWord) && new RegExp(`\\b(?:${words})\\b`).test(said);
}

/** A count alone means pieces ("2 bananas", "5 prunes", "15 grapes"); no amount means one typical portion. */
export function typicalQuantity(food: FoodRecord, count: number, amount: Amount): Quantity {
  if (amount.count !== null && !amount.unit) {
    const pieces = singlePiece(food);
    if (pieces) return byPortion(count / pieces.perLabel, pieces.portion);
  }
  const piece = amount.count !== null && !amount.unit ? piecePortion(food) : undefined;
  if (piece) return byPortion(count, piece);
  const typical = typicalPortion(food);
  if (typical) {
    const quantity = byPortion(count, typical);
    return assuming(quantity, amount.count === null ? `No amount given: ${describe(quantity)} assumed.` : `“${amount.count}” read as ${describe(quantity)}.`);
  }
  return assuming(byGrams(count * 100), "No household measure in the table: 100 g assumed.");
}
export function alternativesFor(ids: readonly string[], self: string, amount: Amount, main: Quantity, joiner: Fragment["joiner"], prep: readonly string[]): ParsedAlternativeDraft[] {
  const seen = new Set([self]);
  const out: ParsedAlternativeDraft[] = [];
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

/** Whether a food is one milk is poured on: a breakfast cereal, porridge, muesli or granola. */
export function isCereal(foodId: string): boolean {
  const food = foodRecordById(foodId);
  return Boolean(food && (food.group === "Breakfast Cereals" || /\b(?:oats|oatmeal|porridge|muesli|granola|cereal)\b/i.test(food.name)));
}

/** Milk on cereal with no amount: what people pour, about ½ cup (vague.ts), said; null for a food that is no milk. */
export function milkOnCereal(food: FoodRecord, vagueWord: string | null = null): Quantity | null {
  if (!/\bmilk\b/i.test(food.name) || /\b(?:chocolate|powder|dry|condensed|evaporated)\b/i.test(food.name)) return null;
  const cup = portionFor(food, ["cup"]);
  if (!cup) return null;
  // "heaps of milk" on cereal: that many pours (vague.ts).
  const times = vagueTimes(vagueWord) ?? 1;
  const quantity = byPortion((times * MILK_ON_CEREAL_CUPS) / cup.perLabel, cup.portion);
  const said = times === 1 ? "No amount given: ½ cup" : `“${vagueWord}” taken as ${times} times the ½ cup`;
  return assuming(quantity, `${said} (${Math.round(quantity.grams)} g) assumed, what people pour on cereal.`);
}

/** A food drunk, whose ounces are fluid ounces: a beverage, or a milk, juice, shake or smoothie. */
export function isDrink(food: FoodRecord): boolean {
  return (food.group === "Beverages" && !/\b(?:powder|dry|mix)\b/i.test(food.name)) || /^(?:Milk\b|[^,]*\bjuice\b|[^,]*\b(?:shake|smoothie|kefir)\b)/i.test(food.name);
}
