// Amounts for people: the arithmetic stays exact elsewhere; only display rounds.

export function formatMg(value: number | null, unit = "mg"): string {
  if (value === null) return "unknown";
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded.toLocaleString("en-US")} ${unit}`;
}
