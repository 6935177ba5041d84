// Is an amount one a person could have eaten, or a slip ("15 grapes" read as 15 cups, "5000 g almonds")? Judged from
// the food's own USDA household measures and its food group, the same way on the server (quick add) and in the page
// (a row of the day). An amount past the bound is never changed: it is marked "Check this amount" and waits for the
// person to confirm it. Zero or less is no amount at all, and is refused.
import { formatWhole } from "../format";
import { findPortion } from "../food/portions";
import type { DayEntry } from "../schema/day";
import type { Portion } from "../schema/food";

/** Past this many of the food's largest household measure, an amount is far beyond what people eat of it at once. */
export const MEASURES_AT_MOST = 5;

/**
 * Per SR28 food group: `floor`, the bound for a food whose measures are all small (a spirit measured by the fl oz,
 * deli meat by the slice), and `cap`, the most of one food of the group anyone plausibly has in a day's entry, which
 * bounds foods measured in bulk (a quart of milk, a litre of water, a whole cake, a 1 lb package). Our judgment, in
 * grams, set at about twice a very large day's helping: 3 L of one drink, 6 cups of milk, 300 g of nuts (2 cups),
 * 800 g of meat or fish, 50 g of a spice. A group not listed uses DEFAULT_GROUP.
 */
const GROUP_BOUNDS: Readonly<Record<string, { floor: number; cap: number }>> = {
  Beverages: { floor: 1000, cap: 3000 },
  "Dairy and Egg Products": { floor: 300, cap: 1500 },
  "Fruits and Fruit Juices": { floor: 500, cap: 1500 },
  "Vegetables and Vegetable Products": { floor: 400, cap: 1000 },
  "Legumes and Legume Products": { floor: 400, cap: 1000 },
  "Nut and Seed Products": { floor: 100, cap: 300 },
  "Spices and Herbs": { floor: 20, cap: 50 },
  "Fats and Oils": { floor: 60, cap: 150 },
  Sweets: { floor: 200, cap: 500 },
  Snacks: { floor: 150, cap: 400 },
  "Baked Products": { floor: 300, cap: 700 },
  "Breakfast Cereals": { floor: 300, cap: 1000 },
  "Cereal Grains and Pasta": { floor: 400, cap: 1000 },
  "Soups, Sauces, and Gravies": { floor: 500, cap: 1500 },
  "Fast Foods": { floor: 500, cap: 1500 },
  "Meals, Entrees, and Side Dishes": { floor: 500, cap: 1500 },
  "Restaurant Foods": { floor: 500, cap: 1500 },
  "Baby Foods": { floor: 300, cap: 1000 },
  "American Indian/Alaska Native Foods": { floor: 400, cap: 1000 },
  "Beef Products": { floor: 400, cap: 800 },
  "Pork Products": { floor: 400, cap: 800 },
  "Poultry Products": { floor: 400, cap: 800 },
  "Lamb, Veal, and Game Products": { floor: 400, cap: 800 },
  "Finfish and Shellfish Products": { floor: 400, cap: 800 },
  "Sausages and Luncheon Meats": { floor: 200, cap: 500 },
};
const DEFAULT_GROUP = { floor: 400, cap: 1000 };

/**
 * The most grams of a food a person plausibly has in one entry: MEASURES_AT_MOST times its largest household
 * measure, kept between its group's floor and cap (the cap alone for a food with no measures).
 */
export function plausibleGrams(food: { group: string; portions: readonly Portion[] }): number {
  const { floor, cap } = GROUP_BOUNDS[food.group] ?? DEFAULT_GROUP;
  const largest = Math.max(0, ...food.portions.map((p) => p.grams));
  if (largest === 0) return cap;
  return Math.min(cap, Math.max(floor, MEASURES_AT_MOST * largest));
}

/** Whether `grams` of the food needs the person's confirmation before it is counted as eaten. */
export function needsAmountCheck(food: { group: string; portions: readonly Portion[] }, grams: number): boolean {
  return grams > plausibleGrams(food);
}

/**
 * Whether an entry of the day waits for the person to confirm its amount: past the food's bound and not confirmed.
 * Until then the page counts it in no total, and says so. A measure the food lacks is the API's to refuse, not this.
 */
export function awaitingCheck(entry: Pick<DayEntry, "amount" | "portion" | "amountChecked">, food: { group: string; portions: readonly Portion[] }): boolean {
  if (entry.amountChecked) return false;
  const grams = entry.portion === null ? entry.amount : (findPortion(food, entry.portion)?.grams ?? 0) * entry.amount;
  return needsAmountCheck(food, grams);
}

/** The sentence beside an amount past the bound: what was read, and what people usually have at most. */
export function amountCheckNote(grams: number, bound: number): string {
  return `${formatWhole(grams)} g is far more than people usually have of this at once (about ${formatWhole(bound)} g at most): check the amount.`;
}

/** Why an amount of zero or less is refused, in the words shown next to it. */
export const NOT_AN_AMOUNT = "An amount must be more than 0.";
