// The words food search weighs: words that carry no meaning, forms people mean or rarely mean unless they say so,
// food groups people eat cooked, and the everyday spellings rewritten before searching. search.ts ranks by them.
import { normalizeTerm, tokenize } from "./words";

/** Words that carry no meaning for matching a food. */
export const STOP_WORDS = new Set(["a", "an", "and", "or", "of", "the", "with", "without", "in", "on", "for", "to", "from", "per", "some"]);

/** Qualifiers that describe the plain, everyday form of a food: no penalty when the query does not mention them. */
export const PLAIN_FORM_WORDS = new Set([
  "raw", "fluid", "whole", "plain", "fresh", "cooked", "boiled", "brewed", "prepared", "regular", "uncooked",
  "drained", "salt", "added", "vitamin", "milkfat", "fat", "all", "type", "variety", "varieties", "commercial",
  "commercially", "includes", "usda", "commodity", "food", "tap", "water", "solid", "liquid", "meat", "only",
  "edible", "portion", "unenriched", "enriched", "unsalted", "ready", "drink", "eat", "sweetened", "unsweetened",
  "english", "common", "mature", "seed", "seeds", "kernel", "kernels", "skin", "skinless", "boneless", "roasted",
  "original", "unfortified", "long", "grain", "medium", "short", "large", "small", "curd", "ripe", "year", "round", "average", "gram", "ounce",
]);

/** Forms a person rarely means unless they say so. */
export const UNUSUAL_FORM_WORDS = new Set([
  "dry", "dried", "dehydrated", "powder", "powdered", "freeze", "canned", "frozen", "concentrate", "condensed",
  "evaporated", "imitation", "substitute", "substitutes", "dessert", "shake", "shakes", "babyfood", "infant",
  "formula", "toddler", "toddlers", "junior", "flour", "mix", "syrup", "flavored", "flavor", "candied", "glazed",
  "breaded", "fried", "batter", "filled", "producer", "human", "goat", "sheep", "buffalo", "instant", "protein",
  "fortified", "reduced", "sodium", "low", "calorie", "light", "diet", "spread", "cake", "pie", "soup", "sauce",
  "sandwich", "salad", "bar", "bars", "cereal", "cereals", "chocolate", "strawberry", "cheese",
  "juice", "nectar", "oil", "butter", "bread", "ice", "cream", "pudding", "meatless", "vegetarian", "puree",
]);

export const GROUP_PENALTY: Record<string, number> = {
  "Baby Foods": 4,
  "Fast Foods": 2.5,
  "Restaurant Foods": 2.5,
  "American Indian/Alaska Native Foods": 2.5,
  "Meals, Entrees, and Side Dishes": 2,
  "Fats and Oils": 1,
  "Snacks": 1,
  "Sweets": 1,
  "Soups, Sauces, and Gravies": 1,
  "Breakfast Cereals": 0.5,
};

/**
 * SR28 names often start with a category ("Nuts, almonds", "Beverages, coffee"); for these the food itself is named
 * by the second segment, so both segments make up its core name.
 */
export const CATEGORY_HEADS = new Set([
  "nut", "seed", "fish", "beverage", "spice", "bean", "cereal", "cheese", "candy", "snack", "crustacean",
  "mollusk", "game", "soup", "sauce", "babyfood", "fast", "restaurant", "alcoholic", "infant", "leavening", "oil",
]);

/** Everyday words that SR28 spells another way; whole-phrase rewrites of the query. */
const QUERY_SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bsoy\s+milk\b/g, "soymilk"],
  [/\byoghurts?\b/g, "yogurt"],
  [/\bwholemeal\b/g, "whole wheat"],
  [/\bcourgettes?\b/g, "zucchini"],
  [/\baubergines?\b/g, "eggplant"],
  [/^\s*porridge\s*$/g, "oatmeal"],
  [/\bporridge\b/g, "cooked"],
];

/** The query's meaningful terms, normalised and de-duplicated. */
export function queryTerms(query: string): string[] {
  let text = query.toLowerCase();
  for (const [pattern, replacement] of QUERY_SYNONYMS) text = text.replace(pattern, replacement);
  const terms = tokenize(text)
    .map(normalizeTerm)
    .filter((term) => !STOP_WORDS.has(term));
  return [...new Set(terms)];
}


export const NOT_A_MIXTURE_AFTER_WITH = new Set(["added", "salt", "skin", "bone", "tap", "peel", "vitamin", "calcium", "iron", "nonfat", "sugar", "water", "oil"]);

/** Food groups whose foods people eat cooked: "rice", "lentils", "salmon" mean the cooked food. */
export const EATEN_COOKED = new Set([
  "Cereal Grains and Pasta", "Legumes and Legume Products", "Beef Products", "Pork Products", "Poultry Products",
  "Finfish and Shellfish Products", "Lamb, Veal, and Game Products", "Breakfast Cereals",
]);
export const RAW_FORM = new Set(["raw", "dry", "uncooked", "unprepared", "unheated", "flour", "meal"]);
export const COOKED_FORM = new Set([
  "cooked", "boiled", "roasted", "broiled", "braised", "baked", "grilled", "stewed", "simmered", "heat", "prepared",
  "steamed", "poached", "microwaved", "fried", "pan", "sauteed",
]);

