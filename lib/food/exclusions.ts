// What a person types in the suggestions' "leave out" box, read as they mean it: a group of foods ("nuts",
// "vegetables", "lactose"), or one food by its name or its SR28 id. A group is a tag of data/article-foods.json; a
// name matches whole words only, so "oat" is no piece of "groats", nor "salt" or "fat" of "without salt" or "2% fat".
import type { Candidate } from "./article-foods";
import { nameKey, nameWords } from "./words";

export type { FoodTag } from "../schema/food";
import type { FoodTag } from "../schema/food";

/**
 * The words people use for each group, the one place they are listed. Case and plurals do not matter ("Nut" is
 * "nuts"), and "no nuts" or "nut-free" is "nuts". Which foods each group holds is data/article-foods.json's `tags`;
 * the calls that could go either way:
 * - Avocado is a fruit and a vegetable: a fruit to a botanist and to SR28 (Fruits and Fruit Juices), eaten as a
 *   vegetable and counted with them by MyPlate. Whoever leaves out either would not expect it suggested.
 * - Beans are legumes, not vegetables: everyday speech names them apart, and they have their own words here. Tofu
 *   and soy milk, made from soybeans, are legumes as kefir is dairy; a legume allergy or a diet without them
 *   leaves out all three soy foods.
 * - Oatmeal is "gluten" though oats have none of their own: most oats are grown and milled beside wheat, so only
 *   oats sold as gluten-free are safe with coeliac disease. It is not "wheat". Buckwheat is no wheat, gluten-free.
 * - "lactose" is milk, kefir, yogurt and cottage cheese, not parmesan. Lactose, g per 100 g (Facioni et al., J
 *   Transl Med 2020;18:260, table 1): milk 4.9, cultured fermented milk (as kefir) 3.75, plain yogurt 2.6, cottage
 *   cheese 3.2, Parmigiano Reggiano < 0.01. A cup of kefir or yogurt still has 6-9 g, half a cup of cottage cheese
 *   about 3.6 g; an ounce of parmesan none to speak of (aged hard cheese loses its lactose as it ripens).
 * - Chicken is meat and poultry, not red meat; dates (Medjool, cured on the palm) are dried fruit.
 * - Buckwheat, wheat bran and wheat germ are grains: whoever leaves out grains leaves out the pseudo-grain and
 *   the parts of the grain.
 */
const GROUP_WORDS: Record<FoodTag, readonly string[]> = {
  vegetable: ["vegetables", "veg", "veggie", "veggies"],
  fruit: ["fruit", "fruits"],
  "dried-fruit": ["dried fruit"],
  meat: ["meat"],
  "red-meat": ["red meat"],
  poultry: ["poultry"],
  fish: ["fish"],
  seafood: ["seafood", "sea food"],
  shellfish: ["shellfish"],
  egg: ["eggs"],
  dairy: ["dairy", "dairy products", "milk products"],
  lactose: ["lactose", "lactose intolerant", "lactose intolerance"],
  nuts: ["nuts", "tree nuts"],
  peanut: ["peanuts"],
  seed: ["seeds"],
  soy: ["soy", "soy products"],
  gluten: ["gluten"],
  wheat: ["wheat"],
  grain: ["grains", "cereals", "whole grains"],
  legume: ["legumes", "beans", "pulses"],
  animal: ["animal", "animal products"],
  rennet: ["rennet", "animal rennet"],
};

/** Groups no food of the article is in today, known so that "red meat" is answered "none of these", not "unknown". */
export const EMPTY_GROUPS: readonly FoodTag[] = ["red-meat", "shellfish", "egg", "peanut"];

/** One spelling for words written more than one way (keys as nameKey reads them: "oats" is "oat"). */
const SPELLINGS = new Map(
  Object.entries({
    yoghurt: "yogurt",
    soya: "soy",
    soymilk: "soy milk",
    beetroot: "beet",
    wholemeal: "whole wheat",
    wholewheat: "whole wheat",
    // The article's oats are oatmeal: "oat" and "oats" mean it, as "almond" means almonds.
    oat: "oatmeal",
  }).map(([word, spelling]) => [nameKey(word), spelling]),
);

/** Two words that name one food: "milk" alone is not soy milk. */
const ONE_FOOD_PHRASES: ReadonlyArray<readonly [string, string]> = [["soy", "milk"]];

/** Words that say how a food is made or sold, never which food: alone, they match nothing ("calcium" is not tofu). */
const DESCRIBING_WORDS = new Set(
  ["dried", "hard", "whole", "plain", "calcium", "set", "fortified", "powder", "fresh", "raw", "cooked"]
    .concat(["fat", "salt", "low", "reduced", "with", "products"])
    .map(nameKey),
);

/**
 * "no nuts please", "nut allergy", "allergic to nuts", "I can't eat dairy", "gluten-free": the words around a food or a
 * group that only say to leave it out, or why. Dropped wherever they stand, so long as a word is left.
 */
const LEAVE_OUT_WORDS = new Set(
  ["no", "without", "avoid", "free", "please", "allergy", "allergies", "allergic", "to", "intolerant", "intolerance"]
    .concat(["sensitive", "sensitivity", "i", "im", "am", "m", "can", "cant", "cannot", "t", "don", "dont", "do", "not"])
    .concat(["eat", "have", "any", "hate", "dislike", "of", "diet", "a", "an", "the", "and"])
    .map(nameKey),
);

/** Text as matchable words: lower case, plurals reduced, one spelling, "soy milk" one word. */
function matchWords(text: string): string[] {
  const words: string[] = [];
  for (const word of nameWords(text).flatMap((w) => (SPELLINGS.get(w) ?? w).split(" "))) {
    const previous = words.at(-1);
    if (ONE_FOOD_PHRASES.some(([a, b]) => previous === a && word === b)) words[words.length - 1] = `${previous} ${word}`;
    else words.push(word);
  }
  return words;
}

const GROUP_BY_KEY = new Map<string, FoodTag>();
for (const [tag, words] of Object.entries(GROUP_WORDS) as [FoodTag, readonly string[]][]) {
  for (const key of words.map((word) => matchWords(word).join(" "))) {
    const other = GROUP_BY_KEY.get(key);
    if (other !== undefined && other !== tag) throw new Error(`"${key}" names two groups, ${other} and ${tag}`);
    GROUP_BY_KEY.set(key, tag);
  }
}

type Reading =
  | { kind: "group"; tag: FoodTag }
  | { kind: "id"; foodId: string }
  | { kind: "words"; words: string[] }
  | { kind: "nothing" };

/** What one term of the box means. */
function readTerm(term: string): Reading {
  if (/^\d{5}$/.test(term)) return { kind: "id", foodId: term };
  const all = matchWords(term);
  // "lactose intolerant" is a group as said; "nut allergy" is "nut" once the telling words are dropped.
  const whole = GROUP_BY_KEY.get(all.join(" "));
  if (whole !== undefined) return { kind: "group", tag: whole };
  const kept = all.filter((word) => !LEAVE_OUT_WORDS.has(word));
  const words = kept.length > 0 ? kept : all;
  const tag = GROUP_BY_KEY.get(words.join(" "));
  if (tag !== undefined) return { kind: "group", tag };
  if (words.every((word) => DESCRIBING_WORDS.has(word))) return { kind: "nothing" };
  return { kind: "words", words };
}

/**
 * The names a food answers to, as matchable words: the app's name, the article's word when it names this food (not a
 * general word such as "fermented milk products", which the groups cover), and SR28's name up to its first comma,
 * before the qualifiers ("Milk, reduced fat, ...", "Beans, black, mature seeds, ..., without salt").
 */
function namesOf(food: Candidate): string[][] {
  const names = [food.name, food.food.name.split(",")[0]!];
  if (!food.general) names.push(food.articleTerm);
  return names.map(matchWords);
}

const containsRun = (name: readonly string[], run: readonly string[]) =>
  name.some((_, start) => run.every((word, i) => name[start + i] === word));

function matches(reading: Reading, food: Candidate, names: readonly string[][]): boolean {
  switch (reading.kind) {
    case "group":
      return food.tags.includes(reading.tag);
    case "id":
      return food.foodId === reading.foodId;
    case "words":
      return names.some((name) => containsRun(name, reading.words));
    case "nothing":
      return false;
  }
}

/** One term of the box, as the person typed it (trimmed), how many foods it left out, and the group it was read as. */
export type Exclusion = { term: string; matched: number; group: FoodTag | null };
export type ExclusionResult = { allowed: Candidate[]; excluded: Exclusion[] };

/**
 * The candidates left when the box's terms are taken out, and what each term took out. A food is counted under every
 * term that matches it. Empty terms, and terms with no letter or digit, are skipped; a term given twice (in any case)
 * is reported once.
 */
export function applyExclusions(candidates: readonly Candidate[], exclude: readonly string[]): ExclusionResult {
  const terms = new Map<string, string>();
  for (const term of exclude.map((raw) => raw.trim())) {
    const key = term.toLowerCase().replace(/\s+/g, " ");
    if (nameWords(term).length > 0 && !terms.has(key)) terms.set(key, term);
  }
  const names = candidates.map(namesOf);
  const removed = new Set<number>();
  const excluded = [...terms.values()].map((term): Exclusion => {
    const reading = readTerm(term);
    let matched = 0;
    candidates.forEach((food, i) => {
      if (!matches(reading, food, names[i]!)) return;
      matched += 1;
      removed.add(i);
    });
    return { term, matched, group: reading.kind === "group" ? reading.tag : null };
  });
  return { allowed: candidates.filter((_, i) => !removed.has(i)), excluded };
}
