// A food's own SR28 household measures, found by the words for them: the measure a unit word names ("a cup of
// chopped …"), one piece of the food, a measure named after the food ("1 almond", "10 grapes"), a package, and grams
// per ml for a drink. quantity.ts turns them into grams.
import type { FoodRecord, Portion } from "../schema/food";
import { SIZES, US_CUP_ML, US_FL_OZ_ML } from "./amount";

/**
 * The food's household measure named by a unit word: "1 cup, chopped" for "a cup of chopped …" (the preparation
 * named), a medium one where there are sizes ("1 stalk, medium"), and "1 serving 1/2 cup" read as half a cup; never
 * "1 piece, cooked (yield from 1 lb raw meat)", a pound of meat and not a piece anyone eats.
 */
export function portionFor(food: FoodRecord, words: readonly string[], prep: readonly string[] = [], size: string | null = null): { portion: Portion; perLabel: number } | null {
  for (const word of words) {
    const found: Array<{ portion: Portion; perLabel: number; rest: string }> = [];
    for (const portion of food.portions.filter((p) => !/\byield from\b/i.test(p.label))) {
      const parts = /^([\d.]+)\s+(.*)$/.exec(portion.label);
      const [labelAmount, unitText] = parts ? [Number(parts[1]), parts[2]!] : [1, portion.label];
      if (new RegExp(`^${word}(?:e?s)?\\b`, "i").test(unitText)) found.push({ portion, perLabel: labelAmount, rest: unitText.slice(word.length).toLowerCase() });
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
export function gramsPerMl(food: FoodRecord): number {
  const cup = portionFor(food, ["cup"]);
  if (cup) return cup.portion.grams / cup.perLabel / US_CUP_ML;
  const flOz = portionFor(food, ["fl oz"]);
  if (flOz) return flOz.portion.grams / flOz.perLabel / US_FL_OZ_ML;
  return 1;
}

/** Measures of volume, weight or packaging: not one piece of the food. */
const NOT_A_PIECE = /^(cup|tbsp|tsp|oz|fl oz|lb|pat|quart|pint|nlea|serving|package|container|can|bottle|stick|cubic|pkg|bag|box|jar)\b/i;

/** The measure of one piece of a food: a medium one, else any "1 <piece>" that is not a mini or small one. */
export function piecePortion(food: FoodRecord): Portion | undefined {
  const single = food.portions.filter((p) => /^1 /.test(p.label) && !NOT_A_PIECE.test(p.label.slice(2)) && !/\byield from\b/i.test(p.label));
  return (
    single.find((p) => /^1 medium\b/i.test(p.label)) ??
    single.find((p) => !/^1 (extra|jumbo|small|mini|large)\b/i.test(p.label)) ??
    single.find((p) => /^1 large\b/i.test(p.label)) ??
    single[0]
  );
}


/** A portion that is one package: a can, a bottle, a bar, a packet. */
export const PACKAGE = /^[\d./]+\s+(?:(?:small|medium|large|regular|mini)\s+)?(?:can|bottle|bar|packet|bag|carton|pot|container|box|package|pouch)\b/i;

/** A measure or a pack, not one piece of the food: "20 raisins" are raisins, not 20 of the lexicon's small box. */
export const isMeasure = (label: string) =>
  /^[\d./]+\s+(?:(?:small|medium|large|regular|mini)\s+)?(?:cup|oz|tbsp|tsp|fl oz|serving|nlea|g\b|container|package|box|bag|packet|can|bottle|carton|pot|jar|tub)/i.test(label);

/**
 * A measure of pieces named after the food itself: "1 almond", "1 prune, pitted", "1 date", or several of them
 * ("10 grapes", "50 raisins"), with how many pieces the measure holds.
 */
export function singlePiece(food: FoodRecord): { portion: Portion; perLabel: number } | undefined {
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

