// Stage 2: a tag for every token. Quantity, unit, size, clock time, meal label, frequency, connector, preparation,
// food word, or other. The tags that decide what a number is are written here, once: a clock time ("7am", "11ish",
// "7:30", "at 6") or a number of minutes, miles or grams of carbs is never an amount, so a later stage never reads
// one as a count of the food after it.
import type { Meal } from "../schema/day";
import { NUMBER_WORDS, SIZES, UNITS } from "./amount";
import { tokenize, type Token } from "./tokens";
import { COOKING, PREPARATION } from "./vocabulary";

export type Tag = "quantity" | "unit" | "size" | "time" | "meal" | "frequency" | "connector" | "preparation" | "food" | "other";
export type Tagged = Token & { tag: Tag };

/**
 * Meal words in the languages people write their meals in beside English (Spanish, French, German, Polish, Russian
 * and Ukrainian transliterated or in Cyrillic, Turkish, Hindi): a heading "Śniadanie:" or "Cena:" is a meal.
 */
const FOREIGN_MEAL_WORDS: Readonly<Record<Meal, string>> = {
  breakfast: "desayuno|petit[-\\s]d[ée]jeuner|fr[üu]hst[üu]ck|fruehstueck|[śs]niadanie|zavtrak|завтрак|snidanok|сніданок|kahvalt[ıi]|nashta|naashta",
  lunch: "almuerzo|comida|d[ée]jeuner|mittagessen|obiad|obed|обед|обід|obid|[öo][ğg]le\\s+yeme[ğg]i",
  dinner: "cena|d[îi]ner|abendessen|kolacja|uzhin|ужин|vecherya|вечеря|ak[şs]am\\s+yeme[ğg]i",
  snacks: "merienda|botana|podwieczorek|przek[ąa]ska|go[ûu]ter|perekus|перекус",
};
/** Every meal word, by meal, as regular-expression alternatives: English first, then FOREIGN_MEAL_WORDS. */
const MEAL_WORDS: ReadonlyArray<readonly [Meal, string]> = [
  ["snacks", "(?:morning|afternoon)\\s+tea|smoko|arvo|mid-?\\s?morning|afternoon|elevenses|snacks?|snack\\s?time|dessert|bed|bedtime|late[\\s-]night|midnight"],
  ["breakfast", "breakfast|brekkie|brekky|bfast|b'fast|brunch|morning|suhoor|sehri|sahur"],
  ["lunch", "lunch|luncheon|lunchtime|midday|noon"],
  ["dinner", "dinner|dinnertime|supper|evening|night|tea\\s?time|iftar"],
  ...(["breakfast", "lunch", "dinner", "snacks"] as const).map((meal) => [meal, FOREIGN_MEAL_WORDS[meal]] as const),
];
const MEAL_OF_WORD = MEAL_WORDS.map(([meal, words]) => [new RegExp(`^(?:${words})$`), meal] as const);
/** Any meal word, as a group for the label patterns of structure.ts and headings.ts. */
export const MEAL_WORD = `(?:${MEAL_WORDS.map(([, words]) => words).join("|")})`;

/** The meal a word names ("brekky" breakfast, "supper" dinner), or null. */
export function mealOfWord(word: string, snackSuffix = false): Meal | null {
  if (snackSuffix) return "snacks";
  const lower = word.toLowerCase().trim();
  return MEAL_OF_WORD.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}

/** The meal words a heading is typed with, for reading a typo in one ("brekfast:", "dinnr -"). */
const HEADING_MEALS: ReadonlyArray<[string, Meal]> = [["breakfast", "breakfast"], ["lunch", "lunch"], ["dinner", "dinner"], ["supper", "dinner"], ["snack", "snacks"], ["snacks", "snacks"]];

/** One edit apart: a letter added, dropped, changed, or two next to each other swapped (Damerau). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The meal a word of a heading names, typos included: "brekfast", "lnuch", "dinnner" are a heading's meal word one
 * edit away from it. Only for headings (a word before a colon or dash at the start of a line), where a food is not
 * expected; words under five letters must be exact.
 */
export function mealOfHeadingWord(word: string): Meal | null {
  const exact = mealOfWord(word);
  if (exact) return exact;
  const lower = word.toLowerCase();
  if (lower.length < 5) return null;
  return HEADING_MEALS.find(([name]) => oneEditApart(lower, name))?.[1] ?? null;
}

/** What a clock time is written with after its number: "am", "pm", "ish", "o'clock" ("a.m." is read below). */
const CLOCK_SUFFIX = /^(?:am|pm|ish|o'clock|oclock)$/i;
/** Words after a number that make it no amount of food: durations, distances, counts of steps, nutrients. */
const NOT_FOOD_AFTER = /^(?:min|mins|minutes?|hours?|hrs?|secs?|seconds?|miles?|mi|km|steps|kcal|cals?|calories|carbs?|protein|fibre|fiber|bpm|mmol|units|reps|sets|laps|floors|years?|yrs?|yo|months?|weeks?|days?|nights?)$/i;
/** Nutrients counted in grams: "30g carbs", "25 g protein" is no amount of a food. */
const NUTRIENT = /^(?:carbs?|protein|fat|fibre|fiber|sugars?|sat)$/i;
const TIME_PREPOSITION = /^(?:at|@|around|about|by|till|until|from|after|before|past)$/i;
const FREQUENCY = /^(?:daily|weekly|twice|once|thrice|every|weekends?|weekdays?|usually|sometimes|often|always|mostly)$/i;
const CONNECTOR = /^(?:and|with|w|n|plus|then|on|in|&|\+|or|also|along|together)$/i;
const OTHER_WORDS = new Set(["i", "we", "had", "have", "ate", "eat", "drank", "drink", "was", "were", "is", "are", "of", "the", "my", "our", "some", "for", "to", "at", "as", "it", "so", "lol", "ok", "just", "got", "get", "grabbed", "grab"]);

const isUnit = (word: string) => UNITS.some(([pattern]) => pattern.test(word.toLowerCase()));

/**
 * Whether the number at `i` is a clock time: "7am", "7 am", "7:30", "11ish", "6-ish", "7 o'clock", "19h", or a
 * small whole number after "at"/"@" that no unit follows ("a lab at 6", "@ 7"), or after "around" with nothing
 * after it but a mark or the end ("around 3:").
 */
function isClockTime(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  const nextWord = next?.text.toLowerCase() ?? "";
  if (/^\d{1,2}\.[0-5]\d$/.test(token.text)) return isDotTime(tokens, i);
  if (!/^\d{1,2}(?::\d{2})?$/.test(token.text)) return false;
  if (/:\d{2}$/.test(token.text) && Number(token.text.split(":")[0]) <= 24) return !next || !isUnit(nextWord) || CLOCK_SUFFIX.test(nextWord);
  if (next && CLOCK_SUFFIX.test(nextWord) && Number(token.text) <= 12 && (next.start - token.end <= 1 || nextWord !== "ish")) return true;
  if (next?.text === "-" && /^ish$/i.test(tokens[i + 2]?.text ?? "")) return true;
  if (next && /^(?:a|p)$/i.test(nextWord) && tokens[i + 2]?.text === ".") return true; // "7 a.m."
  const before = tokens[i - 1]?.text ?? "";
  const hour = Number(token.text);
  if (hour > 24) return false;
  if (/^(?:at|@)$/i.test(before)) return !next || (next.kind === "mark" && next.text !== "/") || (next.kind === "word" && !isUnit(nextWord) && !/^(?:x|of)$/i.test(nextWord));
  if (TIME_PREPOSITION.test(before)) return !next || (next.kind === "mark" && /^[:,;.)\-–—]$/.test(next.text));
  return false;
}

/**
 * "10.30", "12.45": the British way of writing a time, told from a decimal ("1.50 kg", "2.25 cups") by what stands
 * around it: am or pm after it, a meal word or "at"/"around" before it with no unit after, or a dash, colon or meal
 * word after it ("smoko 10.30 - 2 biscuits", "12.30 lunch").
 */
function isDotTime(tokens: readonly Token[], i: number): boolean {
  if (Number(tokens[i]!.text.split(".")[0]) > 23) return false;
  const next = tokens[i + 1];
  const nextWord = next?.text.toLowerCase() ?? "";
  const before = tokens[i - 1]?.text.toLowerCase() ?? "";
  if (next && CLOCK_SUFFIX.test(nextWord)) return true;
  if ((mealOfWord(before) || TIME_PREPOSITION.test(before)) && !isUnit(nextWord)) return true;
  return next !== undefined && ((next.kind === "mark" && /^[-–—:]$/.test(next.text)) || mealOfWord(nextWord) !== null);
}

/** Tags every token of `text` (see the module comment). */
export function tagText(text: string): Tagged[] {
  const tokens = tokenize(text);
  const tagged: Tagged[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const lower = token.text.toLowerCase();
    let tag: Tag;
    if (token.kind === "number") {
      const next = tokens[i + 1]?.text.toLowerCase() ?? "";
      const gramsOfNutrient = /^(?:g|grams?)$/.test(next) && NUTRIENT.test(tokens[i + 2]?.text ?? "");
      tag = isClockTime(tokens, i) ? "time" : NOT_FOOD_AFTER.test(next) || gramsOfNutrient ? "other" : "quantity";
    } else if (token.kind === "word") {
      const previous = tagged[i - 1];
      if (previous?.tag === "time" && (CLOCK_SUFFIX.test(lower) || lower === "ish")) tag = "time";
      else if (previous?.tag === "other" && previous.kind === "number" && (NOT_FOOD_AFTER.test(lower) || /^(?:g|grams?)$/.test(lower))) tag = "other";
      else if (previous?.tag === "other" && tagged[i - 2]?.tag === "other" && tagged[i - 2]!.kind === "number" && NUTRIENT.test(lower)) tag = "other";
      else if (mealOfWord(lower)) tag = "meal";
      else if (lower in NUMBER_WORDS && !["a", "an"].includes(lower)) tag = "quantity";
      else if (lower === "a" || lower === "an") tag = isUnit(tokens[i + 1]?.text ?? "") || tokens[i + 1]?.kind === "word" ? "quantity" : "other";
      else if (lower in SIZES) tag = "size";
      else if (isUnit(lower) && tokens[i + 1] !== undefined) tag = "unit";
      else if (FREQUENCY.test(lower)) tag = "frequency";
      else if (CONNECTOR.test(lower)) tag = "connector";
      else if (PREPARATION.has(lower) || COOKING.has(lower)) tag = "preparation";
      else if (OTHER_WORDS.has(lower)) tag = "other";
      else tag = "food";
    } else if (token.kind === "emoji") tag = "food";
    else if (/^[&+]$/.test(token.text)) tag = "connector";
    else if (token.text === "-" && tagged[i - 1]?.tag === "time" && /^ish$/i.test(tokens[i + 1]?.text ?? "")) tag = "time";
    else if (token.text === "." && tagged[i - 1]?.tag === "time" && /^(?:a|p|m)$/i.test(tokens[i - 1]?.text ?? "")) tag = "time";
    else tag = "other";
    tagged.push({ ...token, tag });
  }
  // "7 a.m.": the letters and points after a time are the time's.
  for (let i = 1; i < tagged.length; i++) {
    const t = tagged[i]!;
    const dotted = /^(?:a|p|m)$/i.test(t.text) ? tagged[i + 1]?.text === "." : t.text === "." && /^(?:a|p|m)$/i.test(tagged[i - 1]!.text);
    if (tagged[i - 1]!.tag === "time" && t.start - tagged[i - 1]!.end <= 1 && (dotted || CLOCK_SUFFIX.test(t.text))) t.tag = "time";
  }
  return tagged;
}

/** A clock time as one stretch of text ("7:30 pm", "11ish", "at 6"), with the hour on a 24-hour clock when it says. */
export type ClockTime = { start: number; end: number; hour: number; sure: boolean };

/** The clock times in `text`, in order, each with the preposition before it ("at 6", "around 11ish") included. */
export function clockTimes(text: string, tagged: readonly Tagged[] = tagText(text)): ClockTime[] {
  const times: ClockTime[] = [];
  for (let i = 0; i < tagged.length; i++) {
    if (tagged[i]!.tag !== "time" || tagged[i]!.kind !== "number") continue;
    let j = i;
    while (tagged[j + 1]?.tag === "time" && tagged[j + 1]!.kind !== "number") j++;
    const before = tagged[i - 1];
    const start = before && TIME_PREPOSITION.test(before.text) ? before.start : tagged[i]!.start;
    const suffix = tagged.slice(i + 1, j + 1).map((t) => t.text).join("").toLowerCase();
    let hour = Number(tagged[i]!.text.split(/[:.]/)[0]);
    const pm = /^p/.test(suffix);
    const am = /^a/.test(suffix);
    if (pm && hour < 12) hour += 12;
    if (am && hour === 12) hour = 0;
    times.push({ start, end: tagged[j]!.end, hour, sure: pm || am || hour > 12 || /^\d{1,2}:\d{2}$/.test(tagged[i]!.text) && hour >= 13 });
    i = j;
  }
  return times;
}

/**
 * The meal of each clock time in a day: 4–10 breakfast, 11–14 lunch, 17–21 dinner, other hours snacks. An hour
 * given without am or pm is read after the time before it ("2pm lunch… 5ish snack" is 5 pm, not 5 am).
 */
export function mealsOfTimes(times: readonly ClockTime[]): Meal[] {
  let last = -1;
  return times.map((time) => {
    let hour = time.hour;
    if (!time.sure && hour < 12 && last >= 12 && hour + 12 >= last) hour += 12;
    last = hour;
    return mealOfHour(hour);
  });
}

/** The meal an hour of a 24-hour clock falls in: 4–10 breakfast, 11–14 lunch, 17–21 dinner, other hours snacks. */
export function mealOfHour(hour: number): Meal {
  if (hour >= 4 && hour < 11) return "breakfast";
  if (hour >= 11 && hour < 15) return "lunch";
  if (hour >= 17 && hour < 22) return "dinner";
  return "snacks";
}

/** The stretches of `text` holding numbers that are no amount of food ("3 miles", "45 min", "30g carbs"). */
export function notAmounts(text: string, tagged: readonly Tagged[] = tagText(text)): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i]!;
    if (t.kind !== "number" || t.tag !== "other") continue;
    let j = i;
    while (j < i + 2 && tagged[j + 1]?.tag === "other" && tagged[j + 1]!.kind === "word" && !OTHER_WORDS.has(tagged[j + 1]!.text.toLowerCase())) j++;
    spans.push({ start: t.start, end: tagged[j]!.end });
  }
  return spans;
}
