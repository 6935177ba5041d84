// Amounts for people: the arithmetic stays exact elsewhere; only display rounds.

/** mg (or kcal) in `grams` of a food with `per100g` per 100 g; null stays null (unknown). */
export function nutrientForGrams(per100g: number | null, grams: number): number | null {
  return per100g === null ? null : (per100g * grams) / 100;
}

export function formatMg(value: number | null, unit = "mg"): string {
  if (value === null) return "unknown";
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded.toLocaleString("en-US")} ${unit}`;
}
