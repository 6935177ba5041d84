// Which words a person reads a food's name in, and the name itself, from what the API gives: apart from the naming
// rule (everyday-name.ts), so that the page carries these few lines and not the rule.

export type NameStyle = "us" | "uk";

/** British words for the UK standard; US words for the others. */
export const nameStyleFor = (standard: string | undefined): NameStyle => (standard === "uk" ? "uk" : "us");

/**
 * The name a person reads of a food from the API (a food, a contribution): its everyday name in their words; USDA's
 * name where the everyday names are not there (a row whose food is still loading).
 */
export function shownName(food: { name: string; everydayName?: string; britishName?: string }, style: NameStyle): string {
  return (style === "uk" ? food.britishName : undefined) ?? food.everydayName ?? food.name;
}
