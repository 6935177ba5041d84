// The amount a vague word means, written once: "a bowl of", "a plate of", "a handful of", "a dollop of", "a splash of",
// "some". Each row gives the default by the food's SR28 group and the reasoning; an entry read with one is always
// marked low confidence with a note that says what was assumed, so the person sees it and can change it.
import type { FoodRecord } from "../schema/food";

/** How a vague word is measured: in cups of the food (its own SR28 cup), in tablespoons, in ml, or in grams. */
type Default = { cups: number } | { tbsp: number } | { ml: number } | { grams: number } | { typical: true } | { times: number };
type Row = { words: RegExp; byGroup: Record<string, Default>; otherwise: Default; reason: string };

const FRUIT_VEG = ["Fruits and Fruit Juices", "Vegetables and Vegetable Products"];
const group = (names: readonly string[], value: Default) => Object.fromEntries(names.map((n) => [n, value]));

export const VAGUE_AMOUNTS: readonly Row[] = [
  {
    words: /^(?:bowls?|bowlfuls?)$/,
    byGroup: { ...group(FRUIT_VEG, { cups: 1 }), "Dairy and Egg Products": { cups: 1 }, "Breakfast Cereals": { cups: 1.5 }, "Cereal Grains and Pasta": { cups: 1.25 } },
    otherwise: { cups: 1.5 },
    reason:
      "Judgment: a cereal or soup bowl holds about 1½ cups as served (household bowls run 1 to 2 cups); a bowl of rice or noodles beside other dishes about 1¼ cups; fruit, yogurt and cut vegetables are served by the cup.",
  },
  {
    words: /^(?:plates?|platefuls?)$/,
    byGroup: {},
    otherwise: { cups: 2 },
    reason: "Judgment: a dinner plate's serving of one food is about 2 cups (a quarter to half of a 10-inch plate).",
  },
  {
    words: /^(?:servings?|portions?|helpings?)$/,
    byGroup: {},
    otherwise: { typical: true },
    reason: "One serving is the food's typical portion in the table (its medium or standard SR28 measure).",
  },
  {
    words: /^(?:heaps?|lots?|loads?|plenty|tons?)$/,
    byGroup: {},
    otherwise: { times: 2 },
    reason: "Judgment: “heaps”, “lots” or “loads” of a food or drink is about twice its typical portion (a 2-cup glass of milk, two glasses of water).",
  },
  {
    words: /^(?:handfuls?)$/,
    byGroup: {
      "Nut and Seed Products": { grams: 28 },
      Snacks: { grams: 28 },
      "Fruits and Fruit Juices": { grams: 60 },
      "Vegetables and Vegetable Products": { grams: 30 },
      "Breakfast Cereals": { grams: 28 },
      Sweets: { grams: 28 },
    },
    otherwise: { grams: 30 },
    reason:
      "A handful of nuts or snacks is the 1 oz (28 g) portion dietitians teach; of berries, grapes or dried fruit about ⅓ to ½ cup (60 g); of leaves about 1 cup (30 g).",
  },
  {
    words: /^(?:dollops?|heaped|spoonfuls?|spoons?)$/,
    byGroup: {},
    otherwise: { tbsp: 2 },
    reason: "A dollop or a heaped spoonful is about 2 tablespoons.",
  },
  {
    words: /^(?:splash|splashes|drop|drops|bit|little|touch|smidge|spot)$/,
    byGroup: {},
    otherwise: { ml: 30 },
    reason: "A splash of milk in tea or coffee is about 2 tablespoons (30 ml).",
  },
  { words: /^(?:dash|dashes|drizzle)$/, byGroup: {}, otherwise: { ml: 10 }, reason: "A dash or drizzle is about 2 teaspoons (10 ml)." },
  { words: /^(?:knob)$/, byGroup: {}, otherwise: { grams: 10 }, reason: "A knob of butter is about 2 teaspoons (10 g)." },
  { words: /^(?:pinch|sprinkle|sprinkling)$/, byGroup: {}, otherwise: { grams: 1 }, reason: "A pinch or a sprinkle is about ¼ teaspoon (1 g)." },
];

/** Milk on cereal or porridge: what people pour, about ½ cup (the milk US cereal labels pair with one serving). */
export const MILK_ON_CEREAL_CUPS = 0.5;

/** The vague row a word belongs to, or null when the word is no vague amount. */
export function vagueRow(word: string | null): Row | null {
  if (!word) return null;
  return VAGUE_AMOUNTS.find((row) => row.words.test(word)) ?? null;
}

/** How many typical portions a word of many means ("heaps", "lots": 2), or null for any other word. */
export function vagueTimes(word: string | null): number | null {
  const rule = vagueRow(word)?.otherwise;
  return rule && "times" in rule ? rule.times : null;
}

export function vagueDefault(row: Row, food: FoodRecord): Default {
  return row.byGroup[food.group] ?? row.otherwise;
}
