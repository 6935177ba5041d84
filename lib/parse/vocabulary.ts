// Word lists the stages share: words that describe how a food was prepared or cooked, and words that qualify it.
import { FILLER } from "./amount";

/** The form asked for: the raw or dry food, not the cooked one a person usually means. */
export const RAW_WORDS = new Set(["raw", "dry", "uncooked", "uncook", "dried"]);

/** Preparation words: they refine the measure ("1 cup, chopped") and never derail the match. */
export const PREPARATION = new Set([
  "chopped", "diced", "sliced", "grated", "shredded", "minced", "cubed", "drained", "rinsed", "peeled", "halved",
  "quartered", "crushed", "cut", "trimmed", "pitted", "seeded", "cored", "julienned", "torn", "packed", "heaping",
  "level", "leftover", "homemade", "home", "made", "organic", "fresh", "freshly", "warm", "hot", "cold", "chilled",
  "iced", "plain", "simple", "mixed", "assorted", "whole", "piece", "pieces", "chunk", "chunks", "cup", "favorite",
  "favourite", "nice", "big", "little", "tasty", "delicious", "quick", "healthy", "good", "up",
]);
/** Cooking words: the everyday cooked food stands for them ("grilled chicken breast" is cooked chicken breast). */
export const COOKING = new Set([
  "cooked", "boiled", "steamed", "baked", "roasted", "roast", "grilled", "broiled", "poached", "sauteed", "stewed",
  "braised", "microwaved", "toasted", "barbecued", "bbq", "pan", "seared", "stir", "fried",
]);
/** Qualifiers that describe the food before a comma: "1 cup milk, fat-free" is one food. */
export const QUALIFIERS = new Set([
  ...PREPARATION, ...COOKING, ...RAW_WORDS,
  "fat", "free", "nonfat", "non", "skim", "skimmed", "low", "lowfat", "reduced", "lite", "light", "lean", "extra",
  "unsalted", "salted", "salt", "no", "added", "without", "sugar", "unsweetened", "sweetened", "juice", "pack", "in",
  "water", "oil", "syrup", "heavy", "canned", "frozen", "boneless", "skinless", "skin", "ground", "grain", "wheat",
  "enriched", "prepared", "regular", "sodium", "semi", "percent", "1%", "2%", "3%", "5%", "10%", "15%", "20%",
  "ready", "to", "eat", "drink", "with", "and", "or", "style", "type", "kind", "brand", "mild", "sharp", "medium",
  "firm", "soft", "ripe", "unripe", "green", "red", "white", "yellow", "brown", "black", "wild", "long", "short",
  "instant", "quick", "rolled", "steel", "whole", "vitamin", "d", "fortified", "unfortified", "scrambled", "mashed",
  "smoked", "pickled", "poached", "hard", "over", "easy", "sunny", "side", "up",
]);


export const describes = (word: string) => PREPARATION.has(word) || COOKING.has(word) || FILLER.has(word) || /^\d/.test(word);

/** Words of a story, not of a food or its amount: who ate, when, how it felt. */
export const STORY = new Set(["i", "im", "we", "me", "ate", "eaten", "had", "have", "was", "were", "so", "today", "tonight", "then", "just", "also", "really", "very", "much", "again", "still", "finally", "lol", "bro", "omg", "hungry", "starving", "kid", "woke", "up"]);
/** Words that hedge an amount or tell the story, beside a food: they change no food. */
export const TELLING = new Set([...STORY, "prob", "probs", "prolly", "probably", "maybe", "about", "approx", "approximately", "roughly", "like", "around", "ish"]);
/** Words that end a food's head phrase: what follows them adds to or describes it. */
export const PHRASE_END = new Set(["on", "with", "in", "made", "using", "and", "n", "w", "from", "de", "con", "au", "a", "of", "for", "at"]);
