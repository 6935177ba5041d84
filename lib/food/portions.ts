// Household portions by name: one rule for the analysis and for the grams the page shows.
import type { Food, Portion } from "../schema/food";

/** A household portion named by its full label ("1 medium (7\" to 7-7/8\" long)") or without the leading count ("medium ..."). */
export function findPortion(food: { portions: readonly Portion[] }, name: string): Portion | undefined {
  const wanted = name.trim().toLowerCase().replace(/\s+/g, " ");
  const withoutCount = (label: string) => label.replace(/^[\d.]+\s+/, "");
  return (
    food.portions.find((p) => p.label.toLowerCase() === wanted) ??
    food.portions.find((p) => withoutCount(p.label).toLowerCase() === wanted)
  );
}

/** Foods eaten by the ounce or handful, not the cup. */
const BY_THE_OUNCE = /^(Nuts|Seeds|Cheese|Chocolate|Candies)\b/;

/**
 * The household measure a person most likely means when they name a food without an amount:
 * a medium fruit, a slice of bread or cheese, an ounce of nuts, a cup of milk or porridge.
 */
export function typicalPortion(food: Pick<Food, "name" | "portions">): Portion | null {
  const { portions } = food;
  // "1 avocado, NS as to Florida or California": a measure named after the food itself is one of it.
  const head = /^([a-z]+?)(?:e?s)?\b/i.exec(food.name)?.[1]?.toLowerCase();
  const first = (pattern: RegExp) => portions.find((p) => pattern.test(p.label));
  return (
    first(/^1 medium\b/i) ??
    first(/^1 slice\b/i) ??
    (head ? first(new RegExp(`^1 ${head}\\b`, "i")) : undefined) ??
    (BY_THE_OUNCE.test(food.name) ? first(/^1 oz\b/i) : undefined) ??
    first(/^1 (cup|large|fruit|piece|tbsp|oz)\b/i) ??
    portions.find((p) => !/NLEA|serving|package|container/i.test(p.label)) ??
    portions[0] ??
    null
  );
}
