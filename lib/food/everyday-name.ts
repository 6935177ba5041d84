// Everyday food names by rule: "Cheese, cheddar" → "Cheddar cheese", "Snacks, potato chips, plain, salted" → "Potato
// chips, plain, salted", "Catsup" → "Ketchup". The rule is written out in docs/everyday-names.md, step by step, and
// this module follows it step for step; the unit test holds 200 SR28 names named by hand from that text alone. Pure:
// no data; the server names every food with it (everyday-names.ts), the page only reads the names (name-style.ts).

const NOISE = new Set([
  "enriched", "unenriched", "regular and quick", "regular", "drained", "drained solids", "solids and liquids", "fluid",
  "commercial", "commercially prepared", "all commercial varieties", "mature seeds", "dry heat", "moist heat", "fresh",
  "boneless", "bone-in", "all grades", "all areas", "all classes", "all types", "all varieties", "choice", "select",
  "imported", "domestic", "mixed species", "composite of trimmed retail cuts", "broilers or fryers",
  "variety meats and by-products", "meat only", "ready-to-eat", "ready-to-serve", "without salt", "with salt",
  "with salt added", "without salt added", "without added salt", "year round average", "nfs",
]);
const NOISE_STARTS = ["separable lean", "trimmed to", "with added solution", "ns as to", "includes"];
const METHODS = new Set([
  "boiled", "roasted", "grilled", "broiled", "baked", "fried", "pan-fried", "steamed", "braised", "stewed", "simmered",
  "poached", "microwaved", "scrambled", "hard-boiled", "pan-broiled", "pan-browned",
]);
const COOKING = new Set([...METHODS, "raw", "cooked"]);
const DROPPED_HEADS = new Set([
  "fish", "nuts", "seeds", "spices", "beverages", "snacks", "snack", "candies", "fast foods", "fast food", "restaurant",
  "cereals", "alcoholic beverage", "alcoholic beverages",
]);
const TURNED_HEADS = new Set([
  "cheese", "milk", "yogurt", "beans", "bread", "sauce", "soup", "pie", "cookies", "crackers", "lettuce", "cabbage",
  "peas", "onions", "peppers", "rice", "noodles", "oil", "muffins", "cake", "squash", "mushrooms", "salad dressing",
  "tea", "flour",
]);
const STATE_WORDS = new Set([
  "raw", "cooked", "canned", "frozen", "dried", "dry", "boiled", "baked", "roasted", "fried", "plain",
  "sweetened", "unsweetened", "prepared", "unprepared", "condensed", "powder",
]);
const GROUND_MEATS = new Set(["beef", "pork", "lamb", "turkey", "chicken", "veal"]);
const KEPT_CAPITALS = new Set(["USDA", "BBQ"]);
const MAX_PARTS = 4;

const lower = (part: string) => part.toLowerCase();
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function isNoise(part: string, isFruit: boolean): boolean {
  const key = lower(part);
  if (NOISE.has(key) || NOISE_STARTS.some((start) => key.startsWith(start))) return true;
  if (key.startsWith("with added vitamin") && !key.includes("calcium")) return true;
  return isFruit && key === "raw";
}

/** Steps 1–3: asides out, parts that change nothing for a person out, "cooked, boiled" → "boiled". */
function keptParts(name: string, group: string): string[] {
  const isFruit = /^fruits/i.test(group);
  const parts = name
    .replace(/\([^()]*\)/g, " ")
    .split(",")
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part.length > 0 && !isNoise(part, isFruit));
  const out: string[] = [];
  parts.forEach((part, i) => {
    const key = lower(part);
    if (key === "cooked" && i + 1 < parts.length && METHODS.has(lower(parts[i + 1]!))) return;
    out.push(key === "cooked with water" ? "made with water" : part);
  });
  return out;
}

/** Step 9: four parts at most; past four, the first three and the last part that says how it is cooked, if any. */
function shortened(parts: string[]): string[] {
  if (parts.length <= MAX_PARTS) return parts;
  const how = parts.slice(MAX_PARTS - 1).findLast((part) => COOKING.has(lower(part)));
  return how === undefined ? parts.slice(0, MAX_PARTS) : [...parts.slice(0, MAX_PARTS - 1), how];
}

/** Steps 4–6: the head, dropped, turned round or joined with its kind. */
function withHead(parts: string[]): string[] {
  let [head = "", ...rest] = parts;
  let cerealSuffix = false;
  while (rest.length > 0 && (DROPPED_HEADS.has(lower(head)) || lower(head) === "cereals ready-to-eat")) {
    cerealSuffix ||= lower(head) === "cereals ready-to-eat";
    [head = "", ...rest] = rest;
  }
  if (lower(head) === "babyfood") head = "Baby food";
  const kind = rest[0];
  const headKey = lower(head);
  if (kind !== undefined) {
    const kindKey = lower(kind);
    const words = kindKey.split(" ");
    const lastHeadWord = headKey.split(" ").at(-1)!;
    if (headKey === "egg" && kindKey === "whole") rest.shift();
    else if (headKey === "egg" && (kindKey === "yolk" || kindKey === "white")) head = `Egg ${rest.shift()!}`;
    else if (GROUND_MEATS.has(headKey) && kindKey === "ground") {
      rest.shift();
      head = `Ground ${headKey}`;
    } else if (
      TURNED_HEADS.has(headKey) &&
      words.length <= 2 &&
      !(/s$/.test(kindKey) && !/ss$/.test(kindKey)) &&
      !STATE_WORDS.has(kindKey)
    ) {
      rest.shift();
      head = kindKey.includes(lastHeadWord) ? kind : `${kind} ${headKey}`;
    }
  }
  if (rest.length > 0 && lower(rest[0]!).startsWith(headKey)) [head = "", ...rest] = rest;
  const out = shortened([head, ...rest]);
  if (cerealSuffix && !out.some((part) => /cereal/i.test(part))) out[out.length - 1] += " cereal";
  return out;
}

/** Step 7: "KELLOGG'S" → "Kellogg's", "McDONALD'S" → "McDonald's", "CHEEZ-IT" → "Cheez-It"; USDA, BBQ, no vowel: kept. */
function brandCase(word: string): string {
  const match = /^(Mc)?([A-Z][A-Z'’.&!-]*)$/.exec(word);
  if (!match || KEPT_CAPITALS.has(word)) return word;
  const letters = match[2]!.replace(/[^A-Z]/g, "");
  if (letters.length + (match[1] ? 2 : 0) < 3 || !/[AEIOUY]/.test(letters)) return word;
  const titled = match[2]!
    .split("-")
    .map((piece) => piece.charAt(0) + piece.slice(1).toLowerCase())
    .join("-");
  return (match[1] ?? "") + titled;
}

/** The everyday name the written rule gives for a USDA SR28 name (US words). */
export function everydayNameByRule(name: string, group: string): string {
  const text = withHead(keptParts(name, group))
    .join(", ")
    .replace(/[A-Za-z'’&!.-]+/g, brandCase)
    .replace(/\bcatsup\b/gi, (word) => (word[0] === "C" ? "Ketchup" : "ketchup"));
  return capitalise(text.trim()) || name;
}

const BRITISH: readonly (readonly [RegExp, string])[] = [
  [/\bpotato chips\b/gi, "potato crisps"],
  [/\bcookies\b/gi, "biscuits"],
  [/\bcookie\b/gi, "biscuit"],
  [/\bfrench fries\b/gi, "chips"],
  [/\bcandies\b/gi, "sweets"],
  [/\bzucchini\b/gi, "courgette"],
  [/\beggplant\b/gi, "aubergine"],
  [/\bcilantro\b/gi, "coriander"],
  [/\bbroiled\b/gi, "grilled"],
  [/\bground beef\b/gi, "minced beef"],
  [/\bscallions\b/gi, "spring onions"],
  [/\bshrimp\b/gi, "prawns"],
  [/\barugula\b/gi, "rocket"],
  [/\bskim\b/gi, "skimmed"],
];

/** The same name in British words ("Potato chips" → "Potato crisps"); USDA's scone-like "Biscuits" are American. */
export function britishWords(name: string): string {
  const american = /^biscuits?\b/i.test(name) ? `American ${name.charAt(0).toLowerCase()}${name.slice(1)}` : name;
  const swapped = BRITISH.reduce(
    (text, [pattern, word]) =>
      text.replace(pattern, (found) => (found[0] === found[0]!.toUpperCase() ? capitalise(word) : word)),
    american,
  );
  return capitalise(swapped.replace(/\bbiscuit biscuits\b/gi, "biscuits"));
}
