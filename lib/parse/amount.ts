// Stage: the amount typed in front of a food. "2", "1 1/2", "½", "a couple of", "30g", a size word and a unit word are
// read off the front of a chunk's words; what is left is the food's words. Which grams an amount means for one food
// is decided later (quantity.ts).

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, half: 0.5, quarter: 0.25, couple: 2, few: 3, several: 3, dozen: 12, single: 1, double: 2,
};
const UNICODE_FRACTIONS: Record<string, string> = { "½": " 1/2", "¼": " 1/4", "¾": " 3/4", "⅓": " 1/3", "⅔": " 2/3" };
/** Any of them, found in one pass (every amount read goes through it: built once, not per call). */
const UNICODE_FRACTION = new RegExp(`[${Object.keys(UNICODE_FRACTIONS).join("")}]`, "g");

/**
 * `vessel`: a glass, a mug, a katori, a schooner, a loaf, a piece, a bottle, a bag, a tub: things people eat and drink
 * from, buy or cut that come in many sizes (a bag of crisps is 25 g or 150 g, a bottle of water 330 ml or 1.5 l), so
 * the amount one holds is taken, and said, never read as sure. A can is not one: soft drinks, beans and tuna come in
 * a few standard cans (and a British can of beer is its own rule, meals.ts).
 */
export type Unit =
  | { kind: "mass"; grams: number }
  | { kind: "volume"; ml: number; words?: readonly string[]; vessel?: true }
  | { kind: "measure"; words: readonly string[]; fallbackMl?: number; fallbackGrams?: number; vessel?: true }
  /** A bowl, a plate, a handful, a dollop, a splash: what it means for each kind of food is in vague.ts. */
  | { kind: "vague" };

/** A US cup, 8 US fl oz: the cup of SR28's household measures ("1 cup (8 fl oz)"). */
export const US_CUP_ML = 236.6;
/** A US fluid ounce, the "fl oz" of SR28's household measures. */
export const US_FL_OZ_ML = 29.57;

export const UNITS: Array<[RegExp, Unit]> = [
  [/^(?:g|gr|grams?|grammes?|gms?)$/, { kind: "mass", grams: 1 }],
  [/^(?:kg|kgs|kilos?|kilograms?)$/, { kind: "mass", grams: 1000 }],
  [/^(?:oz|ounces?)$/, { kind: "mass", grams: 28.35 }],
  [/^(?:lbs?|pounds?)$/, { kind: "mass", grams: 453.6 }],
  [/^(?:ml|mls|millilit(?:er|re)s?|cc)$/, { kind: "volume", ml: 1 }],
  [/^(?:cl)$/, { kind: "volume", ml: 10 }],
  [/^(?:dl)$/, { kind: "volume", ml: 100 }],
  [/^(?:l|ltrs?|lit(?:er|re)s?)$/, { kind: "volume", ml: 1000 }],
  [/^(?:fl)$/, { kind: "volume", ml: US_FL_OZ_ML }], // "fl oz": the "oz" after it is skipped below
  // A pint: the US pint the food table's measures use (16 fl oz); in British text, the imperial pint (britishPint).
  [/^(?:pints?|pts?)$/, { kind: "volume", ml: 473, words: ["pint"] }],
  [/^(?:shots?)$/, { kind: "volume", ml: 30, words: ["shot"] }],
  // US liquid measures: a quart is 32 fl oz, a gallon 128 fl oz (946 and 3,785 ml).
  [/^(?:quarts?|qts?)$/, { kind: "volume", ml: 32 * US_FL_OZ_ML, words: ["quart"] }],
  [/^(?:gallons?|gal)$/, { kind: "volume", ml: 128 * US_FL_OZ_ML }],
  [/^(?:cups?|c)$/, { kind: "measure", words: ["cup"], fallbackMl: US_CUP_ML }],
  // A glass of milk or juice is taken as a cup (glasses run 200 to 350 ml).
  [/^(?:glass(?:es)?)$/, { kind: "measure", words: ["cup"], fallbackMl: US_CUP_ML, vessel: true }],
  // A mug holds more than a cup: about 300 ml (10 fl oz; mugs run 250 to 350 ml).
  [/^(?:mugs?|mugfuls?)$/, { kind: "volume", ml: 300, words: ["mug"], vessel: true }],
  // Australian beer glasses: a schooner is 425 ml, a middy (or pot) 285 ml (the sizes of New South Wales and Victoria).
  [/^(?:schooners?)$/, { kind: "volume", ml: 425, vessel: true }],
  [/^(?:middies|middy)$/, { kind: "volume", ml: 285, vessel: true }],
  // A loaf: SR28 has no loaf of bread; a small sliced loaf is 400 g (UK loaves are 400 or 800 g, a US one 16-24 oz).
  [/^(?:loa(?:f|ves))$/, { kind: "measure", words: ["loaf"], fallbackGrams: 400, vessel: true }],
  [/^(?:tbsps?|tablespoons?|tbs|tbl|tablespoonfuls?|spoonfuls?|spoons?)$/, { kind: "measure", words: ["tbsp"], fallbackMl: 15 }],
  [/^(?:tsps?|teaspoons?|teaspoonfuls?)$/, { kind: "measure", words: ["tsp"], fallbackMl: 5 }],
  [/^(?:slices?|rashers?|strips?)$/, { kind: "measure", words: ["slice", "strip", "piece", "wedge"] }],
  // A piece of chicken, of cake, of fish: pieces come in every size, so the one taken is said.
  [/^(?:pieces?|pcs?|pc)$/, { kind: "measure", words: ["piece", "unit"], vessel: true }],
  [/^(?:handfuls?|dollops?|heaped)$/, { kind: "vague" }],
  // "heaps of milk", "lots of water", "a lot of rice": vague.ts's many portions.
  [/^(?:heaps?|lots?|loads?|plenty|tons?)$/, { kind: "vague" }],
  [/^(?:cans?|tins?)$/, { kind: "measure", words: ["can"], fallbackMl: 355 }],
  [/^(?:bottles?)$/, { kind: "measure", words: ["bottle"], fallbackMl: 500, vessel: true }],
  // A carton of milk or juice is a school or lunchbox carton, half a US pint; a pot or tub is a yogurt pot.
  [/^(?:cartons?|boxes?|juice\s?box(?:es)?)$/, { kind: "measure", words: ["carton"], fallbackMl: US_CUP_ML, vessel: true }],
  [/^(?:pots?|tubs?|containers?)$/, { kind: "measure", words: ["container", "carton"], fallbackGrams: 150, vessel: true }],
  // A snack packet or bag: the food's own measure, else a 1 oz snack bag.
  [/^(?:packets?|packs?|packages?|bags?)$/, { kind: "measure", words: ["package", "packet", "bag", "pouch"], fallbackGrams: 28.35, vessel: true }],
  // A sachet (of instant oats, of cocoa) is one standard serving.
  [/^(?:sachets?)$/, { kind: "measure", words: ["package", "packet", "pouch"], fallbackGrams: 28.35 }],
  [/^(?:bars?)$/, { kind: "measure", words: ["bar"] }],
  [/^(?:fillets?|filets?)$/, { kind: "measure", words: ["fillet"] }],
  [/^(?:chops?)$/, { kind: "measure", words: ["chop"] }],
  [/^(?:cloves?)$/, { kind: "measure", words: ["clove"] }],
  [/^(?:sticks?|stalks?)$/, { kind: "measure", words: ["stalk", "stick"] }],
  [/^(?:scoops?)$/, { kind: "measure", words: ["scoop", "individual"], fallbackMl: 120 }],
  // A square of a chocolate bar: about 8 g (a 100 g bar has 12 to 16).
  [/^(?:squares?)$/, { kind: "measure", words: ["square"], fallbackGrams: 8 }],
  [/^(?:wedges?)$/, { kind: "measure", words: ["wedge"] }],
  [/^(?:spears?)$/, { kind: "measure", words: ["spear"] }],
  // A katori, the small steel bowl of an Indian thali: about 150 ml.
  [/^(?:katoris?|katori)$/, { kind: "volume", ml: 150, vessel: true }],
  [/^(?:bowls?|bowlfuls?|plates?|platefuls?|servings?|portions?|helpings?)$/, { kind: "vague" }],
  [/^(?:splash|splashes|dash|dashes|drizzle|drops?|bit|little|knob|pinch|sprinkle|sprinkling|touch|smidge|spot)$/, { kind: "vague" }],
];

/** Size words: a food's own SR28 measure of that size when it has one, else the typical portion scaled. */
export const SIZES: Record<string, { words: readonly string[]; scale: number }> = {
  small: { words: ["small"], scale: 0.75 },
  mini: { words: ["mini", "extra small", "small"], scale: 0.5 },
  medium: { words: ["medium"], scale: 1 },
  regular: { words: ["medium", "regular"], scale: 1 },
  large: { words: ["large"], scale: 1.5 },
  big: { words: ["large"], scale: 1.5 },
  huge: { words: ["extra large", "large"], scale: 2 },
  jumbo: { words: ["jumbo", "extra large"], scale: 2 },
  tall: { words: ["tall"], scale: 1 },
  grande: { words: ["grande"], scale: 1.33 },
  venti: { words: ["venti"], scale: 1.67 },
  // Candy bars: a fun-size bar is about a third of the usual one (SR28 19155: 15 g against 57 g), a king-size twice it.
  funsize: { words: ["fun size", "snack size", "miniature", "mini"], scale: 0.3 },
  snacksize: { words: ["snack size", "fun size", "miniature", "mini"], scale: 0.3 },
  bitesize: { words: ["bite size", "miniature", "mini"], scale: 0.2 },
  kingsize: { words: ["king size"], scale: 2 },
  // A heaped spoon holds about one and a half level ones (a level spoon is the measure itself).
  heaped: { words: ["heaping", "heaped"], scale: 1.5 },
  heaping: { words: ["heaping", "heaped"], scale: 1.5 },
  rounded: { words: ["heaping", "rounded"], scale: 1.5 },
  level: { words: ["level"], scale: 1 },
};
/** Sizes of a spoonful, not of a food: "a heaped teaspoon". */
export const SPOON_SIZES = new Set(["heaped", "heaping", "rounded", "level"]);

/** Words that carry no meaning between an amount and a food: "a cup OF milk", "some cheese". */
export const FILLER = new Set(["of", "some", "the", "a", "an", "x", "×", "my", "our", "your", "more"]);

/** Count words that name no number: "a few", "several" are read as 3, a guess the entry says. */
export const VAGUE_COUNTS = new Set(["few", "several"]);

/**
 * `unitWord` is the unit as typed ("glass", "bag"): the lexicon's own portion may name it ("1 glass (5 fl oz)").
 * `countWord` is a count word that names no number ("few", "several"), when one was read.
 */
export type Amount = { count: number | null; unit: Unit | null; unitWord: string | null; size: string | null; rest: string[]; countWord?: string };
export const NO_AMOUNT: Amount = { count: null, unit: null, unitWord: null, size: null, rest: [] };

export function parseNumber(token: string): number | null {
  if (/^(?:\d+(?:[.,]\d+)?|\.\d+)$/.test(token)) return Number(token.replace(",", "."));
  // "-200 g", "–200 g", "-1/2 cup": a minus sign is never dropped; the amount is refused later, with a reason.
  const negative = /^[-−–](\d.*|\.\d.*)$/.exec(token);
  if (negative) {
    const magnitude = parseNumber(negative[1]!);
    return magnitude === null ? null : -magnitude;
  }
  const fraction = /^(\d+)\/(\d+)$/.exec(token);
  // "93/7 ground turkey", "80/20 beef": a lean-to-fat share (the two add up to 100, lean.ts), no number of anything.
  if (fraction && Number(fraction[1]) + Number(fraction[2]) === 100) return null;
  if (fraction && Number(fraction[2]) > 0) return Number(fraction[1]) / Number(fraction[2]);
  const range = /^(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)$/.exec(token);
  if (range) return (Number(range[1]) + Number(range[2])) / 2; // "2-3 eggs": the middle
  return null;
}

/** Reads "2", "1 1/2", "½", "2-3", "a couple of", "half an", "30g", a size and a unit off the front of a fragment. */
export function readAmount(fragment: string): Amount {
  // A minus stays with its number: "-½ cup" is minus a half, not a dash and a half.
  let normalized = fragment.toLowerCase().replace(/(^|\s)[-−–]([½¼¾⅓⅔])/g, "$1-0$2");
  normalized = normalized.replace(UNICODE_FRACTION, (symbol) => UNICODE_FRACTIONS[symbol]!);
  normalized = normalized.replace(/(^|\s)-0 (\d+\/\d+)/g, "$1-$2");
  // "~2L", "≈ 300 ml", "about 2oz", "approx. 100g": a hedge before a number leaves the number.
  normalized = normalized.replace(/(^|\s)(?:[~≈]|(?:about|approx\.?|approximately|roughly|around|like|maybe|prob|probably)\s+)\s*(?=[\d½¼¾⅓⅔])/g, "$1");
  // "fun size", "fun-size", "king size": one size word, as SR28's measures name them.
  normalized = normalized.replace(/\b(fun|snack|king|bite)[\s-]size(?:d)?\b/g, "$1size");
  // "30g" -> "30 g", "2x" -> "2 x"; but "2%" stays part of the food ("2% milk").
  // Only a unit or "x" is cut off its number: "7up", "v8" and "4runner" stay one word.
  normalized = normalized
    .replace(/(\d)([a-z]+)\b/g, (whole, digit: string, word: string) => (word === "x" || UNITS.some(([pattern]) => pattern.test(word)) ? `${digit} ${word}` : whole))
    .replace(/(\d)\s+(?:to|or)\s+(\d)/g, "$1-$2");
  // Commas separate words, except the decimal comma in "1,5 cups".
  const tokens = normalized.replace(/(?<!\d),|,(?!\d)/g, " ").split(/\s+/).filter(Boolean);

  let count: number | null = null;
  let countWord: string | undefined;
  let i = 0;
  const peek = () => tokens[i] ?? "";
  // "a 12 oz coffee", "a 500ml bottle": the article stands before the amount, which is the number.
  if (/^an?$/.test(peek()) && (parseNumber(tokens[1] ?? "") ?? 0) > 0) i++;
  const first = parseNumber(peek());
  if (first !== null && !tokens[i + 1]?.startsWith("%")) {
    count = first;
    i++;
    const fraction = parseNumber(peek());
    if (fraction !== null && fraction > 0 && fraction < 1 && peek().includes("/")) {
      count += count < 0 ? -fraction : fraction; // "1 1/2"; "-1 1/2" is minus one and a half
      i++;
    }
  } else if (peek() in NUMBER_WORDS) {
    // "a couple of", "half an", "a half", "an": an article alone means one.
    count = 1;
    while (peek() in NUMBER_WORDS) {
      const word = peek();
      const value = NUMBER_WORDS[word]!;
      count = word === "a" || word === "an" ? count : value < 1 ? count * value : word === "single" ? count : value;
      if (VAGUE_COUNTS.has(word)) countWord = word;
      i++;
      if (peek() === "of") i++;
    }
  }

  // "2 x 500ml bottles": two of the measure that follows.
  const by = parseNumber(tokens[i + 1] ?? "");
  if (count !== null && /^[x×]$/.test(peek()) && by !== null && by > 0 && isMeasured(tokens[i + 2] ?? "")) {
    count *= by;
    i++;
    i++;
  }
  let size: string | null = null;
  if (peek() in SIZES && i < tokens.length - 1) {
    size = peek();
    i++;
  }
  let unit: Unit | null = null;
  let unitWord: string | null = null;
  const match = UNITS.find(([pattern]) => pattern.test(peek()));
  if (match && i < tokens.length - 1) {
    unit = match[1];
    unitWord = peek().replace(/sses$/, "ss").replace(/([^s])s$/, "$1").replace(/^pcs?$/, "piece");
    i++;
    if (peek() === "oz" && unit.kind === "volume") i++; // "fl oz"
    // "a 12 oz can of coke", "a 500ml bottle of water": the measure typed is the amount; the can or bottle holds it.
    if ((unit.kind === "mass" || unit.kind === "volume") && isContainer(peek()) && i < tokens.length - 1) i++;
  }
  while (FILLER.has(peek()) && i < tokens.length - 1) i++;
  return { count, unit, unitWord, size, rest: tokens.slice(i), ...(countWord ? { countWord } : {}) };
}

/** A unit of weight or volume, as typed after a number ("ml", "oz", "litres"). */
const isMeasured = (word: string) => UNITS.some(([pattern, unit]) => (unit.kind === "mass" || unit.kind === "volume") && pattern.test(word));
/** A word for what holds a food: a can, a bottle, a glass, a bag, a tub. */
const isContainer = (word: string) => UNITS.some(([pattern, unit]) => unit.kind === "measure" && "vessel" in unit && pattern.test(word)) || /^(?:cans?|tins?)$/.test(word);

/**
 * An amount typed after the food ("kielbasa 3 slices", "water 2 litres", "pierogi x10", "toor dal 1 katori") moved
 * in front of it, where readAmount looks; text with an amount in front, or none after, is returned as it is. A
 * number with a unit, "x" and a number, or a small count ("akara 5") is moved; "7up", "vitamin d 1000" stay.
 */
export function amountFirst(text: string, isKnownName: (words: string) => boolean = () => false): string {
  const trimmed = text.trim();
  const front = readAmount(trimmed);
  if (front.count !== null || front.unit !== null) {
    // "pot of tea (2 cups)", "a bowl of soup (300ml)": a measure in brackets says what the vessel held.
    const held = /\s*\(\s*((?:\d+(?:[.,]\d+)?|\d+\/\d+|half(?:\s+an?)?|an?|one|two)\s*([a-z]+))\s*\)?\s*$/i.exec(trimmed);
    const vessel = front.unit !== null && ("vessel" in front.unit || front.unit.kind === "vague");
    const measure = held && UNITS.find(([pattern]) => pattern.test(held[2]!.toLowerCase()))?.[1];
    const weighs = measure && (measure.kind === "mass" || measure.kind === "volume" || (measure.kind === "measure" && measure.words.includes("cup")));
    if (held && vessel && weighs) return `${held[1]} ${readAmount(trimmed.slice(0, held.index)).rest.join(" ")}`;
    return text;
  }
  // "pickled cucumbers 2", "akara 5": a small whole number after a food's words is how many, unless the words and
  // the number are one name ("omega 3"); a large one ("vitamin d 1000") is no count.
  const counted = /^(.*\p{L}.*?)\s+(\d{1,2})$/u.exec(trimmed);
  if (counted && Number(counted[2]) > 0 && Number(counted[2]) <= 30 && !isKnownName(trimmed)) return `${counted[2]} ${counted[1]}`;
  // Both patterns are anchored at the end only, and each attempt is a few characters long: linear in the text's length.
  const times = /\s*(?:\bx\s?(\d+(?:[.,]\d+)?)|(?<![\d.,])(\d+(?:[.,]\d+)?)\s?x)$/iu.exec(trimmed);
  if (times && /\p{L}/u.test(trimmed.slice(0, times.index))) return `${times[1] ?? times[2]} ${trimmed.slice(0, times.index)}`;
  const measured = /[\s,(~≈]+((?:\d+(?:[.,]\d+)?|\d+\/\d+|[½¼¾⅓⅔]|an?|one|two|half(?:\s+an?)?)\s*(?:(?:small|medium|large|big)\s+)?([a-z]+)(?:\s+(?:bottle|can|carton|glass|mug|bag|packet|tub|pot)(?:e?s)?)?)\)?$/iu.exec(trimmed);
  const head = measured ? trimmed.slice(0, measured.index) : "";
  if (measured && /\p{L}/u.test(head) && UNITS.some(([pattern]) => pattern.test(measured[2]!.toLowerCase()))) return `${measured[1]} ${head}`;
  // "nopales asados (2 pads)", "asparagus (6 spears)": a count of the food's own pieces, in brackets after it; not a
  // count of a part the name says ("pav bhaji (2 pav)": the dish is one, with two rolls).
  const piecesWord = measured?.[2]?.toLowerCase() ?? "";
  if (measured && measured[0].includes("(") && /\p{L}/u.test(head) && /^\d/.test(measured[1]!) && !isKnownName(piecesWord) && !head.toLowerCase().includes(piecesWord)) return `${measured[1]} ${head}`;
  return text;
}

/** The imperial pint of British, Irish and Australian text: 568 ml (20 imperial fl oz), not the US pint's 473. */
export function britishPint(amount: Amount): Amount {
  return amount.unitWord === "pint" || amount.unitWord === "pt" ? { ...amount, unit: { kind: "volume", ml: 568 } } : amount;
}
