// Amounts for people: the arithmetic stays exact elsewhere; only display rounds.

/** A whole number from 10 up, one decimal below it: 1,629 and 5.9. */
export function formatAmount(value: number): string {
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return rounded.toLocaleString("en-US");
}

export function formatMg(value: number | null, unit = "mg"): string {
  return value === null ? "unknown" : `${formatAmount(value)} ${unit}`;
}
