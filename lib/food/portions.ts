// Household portions by name: one rule for the analysis and for the grams the page shows.
import type { Portion } from "../schema/food";

/** A household portion named by its full label ("1 medium (7\" to 7-7/8\" long)") or without the leading count ("medium ..."). */
export function findPortion(food: { portions: readonly Portion[] }, name: string): Portion | undefined {
  const wanted = name.trim().toLowerCase().replace(/\s+/g, " ");
  const withoutCount = (label: string) => label.replace(/^[\d.]+\s+/, "");
  return (
    food.portions.find((p) => p.label.toLowerCase() === wanted) ??
    food.portions.find((p) => withoutCount(p.label).toLowerCase() === wanted)
  );
}
