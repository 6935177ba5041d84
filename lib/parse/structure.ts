// The shape of a typed day: sentences, lines and lists; meal labels ("Breakfast:", "for lunch I had", "dinner was",
// "snack -", "at dinner", "morning:"); and the food fragments between separators, each with the original text so
// nothing a person typed is lost. Clock times (tags.ts) are labels, never amounts. Which words name foods is decided
// later (meals.ts).
import type { Meal } from "../schema/day";
import { QUALIFIERS } from "./vocabulary";
import { clockTimes, MEAL_WORD, mealOfWord, mealsOfTimes, notAmounts, tagText } from "./tags";
import { COLON_HEADING, isHeading, mealOfLabel, teaIsMeal } from "./headings";
import { blankPhrases, frequenciesOf, frequencyPhrases, NOT_SAID, type Frequency } from "./frequency";

export { mealOfWord };

/** A stretch of the original text: [start, end). */
type Span = { start: number; end: number };

/** One food's worth of text, as typed, with the meal a label put it in and what joined it to the food before. */
export type Fragment = Span & {
  text: string;
  /** The text as read: numbers that are no amount ("3 miles") and words of how often ("twice a week") blanked. */
  read: string;
  meal: Meal | null;
  joiner: "start" | "," | "and" | "with";
  clause: number;
  /** How often the words say it is eaten (frequency.ts). */
  often: Frequency;
};

/** "I had", "we usually eat", "I'll grab": words between a label and the food. */
const SUBJECT_VERB =
  "(?:(?:i|we|i'?ll|i'?d)\\s+(?:usually\\s+|normally\\s+|often\\s+|also\\s+|then\\s+|typically\\s+|always\\s+|sometimes\\s+|just\\s+)?(?:had|have|ate|eat|drank|drink|grab|grabbed|get|got|make|made|take|took|go\\s+for|went\\s+for)\\b)";
/**
 * What ends a label: a colon, dash or arrow ("Lunch:", "snack -", "dinner =>"), but never a minus that belongs to
 * the number after it ("Lunch:-200 g spinach", "Lunch -2 eggs" keep their minus, and are refused as amounts).
 */
const LABEL_MARK = `(?:\\s*(?:[:=>]|[-–—](?![\\d.½¼¾⅓⅔]))+\\s*|\\s+(?=[-−–][\\d.½¼¾⅓⅔]))`;
/** "lunch 2 chipotle bowls", "dinner 3 burgers": a meal word just before a count is a label; no food is "lunch 2". */
const BEFORE_COUNT = `\\s+(?=\\d)`;
const LABEL_TAIL = `(?:${LABEL_MARK}|\\s+${SUBJECT_VERB}|\\s+(?:was|were|is|are|consists?\\s+of|included?)\\b|\\s*,)?`;

/**
 * A meal label: "for lunch (I had)", "at dinner", "in the morning", "with dinner" (a preposition before the meal
 * word), or "Breakfast:", "dinner was", "snack -", "Lunch I had" at the start of a clause. "breakfast burrito"
 * or "dinner roll" is no label: the meal word must be followed by a colon, a dash, a verb, or nothing.
 */
const LABEL_WITH_PREPOSITION = new RegExp(
  `(?<=^|[\\s,(])(?:(?:and|then|also|later|&)\\s+)?(?:for|at|during|with|in\\s+the|as(?:\\s+an?)?|my|our|around|by|after|before)\\s+(${MEAL_WORD})(\\s+snacks?)?(?=$|[\\s,:\\-–—.;!?)])${LABEL_TAIL}`,
  "gi",
);
const LABEL_AT_START = new RegExp(
  `^\\s*(?:(?:and|then|also|later)\\s+)?(${MEAL_WORD})(\\s+snacks?)?(?:${LABEL_MARK}|${BEFORE_COUNT}|\\s+${SUBJECT_VERB}|\\s+(?:was|were|is|are|consists?\\s+of|included?)\\b|\\s*$)`,
  "i",
);


/**
 * Segment breaks: new lines, semicolons, bullets, and full stops that end a sentence (a space or the end after
 * them) — not the point in "1.5" or "www.x", nor the one after an abbreviation such as "tbsp." or "oz."; after a
 * number, only before a capital ("at 3. Tea was…").
 */
const SEGMENT_BREAK = /\r?\n|;|[!?]+|•|·|\|+|(?<!\d)(?<!\b(?:[Tt]bsp|[Tt]sp|[Tt]bs|[Oo]z|[Ll]bs?|[Aa]pprox|[Pp]kg|[Ff]l|[Qq]t|[Pp]t|[Mm]ed|[Ll]g|[Ss]m|[Ee]\.g|[Ii]\.e))\.+(?=\s|$)|(?<=\d)\.(?=\s+[A-Z])/g;
/** List markers at the start of a line: "- ", "* ", "1. ", "2) ". */
const LIST_MARKER = /^\s*(?:[-*–—>]+|\d{1,2}[.)])\s+/;

/**
 * Separators between foods: commas, "+", "and" (or "n"), "with" (or "w/"), "plus", "then", "as well as", "along with",
 * and "with"/"and" in the languages people mix in (con/y, z, avec/et, mit/und, ve).
 */
const FOOD_SEPARATOR = /\s*,\s*(?:(?:and|then|plus|also|with|w\/)\s*(?<=\s|\/))?|\s*\(\s*(?:with|w\/|w|\+)\s*(?<=\s|\/|\+)|\s*\+\s*|\s+w\/\s*|\s+w\s+|\s+(?:and\s+then|and|n|'n'|along\s+with|together\s+with|as\s+well\s+as|with|plus|then|&|con|y|z|avec|et|mit|und|ve)\s+/gi;

/** Words that only carry the telling, never a food: "I had", "usually", "then". */
const LEADING_FILLER = new RegExp(
  `^(?:(?:${SUBJECT_VERB}|(?:had|ate|drank|have|eat|drink|grabbed|picked\\s+at|nibbled(?:\\s+on)?|snacked\\s+on|munched(?:\\s+on)?|finished(?:\\s+off)?|polished\\s+off|scoffed|devoured|wolfed(?:\\s+down)?)\\s|then|also|usually|typically|normally|often|always|sometimes|maybe|prob(?:ably|s)?|prolly|just|about|around|like|approx(?:imately)?\\.?|roughly|~|and|with|w\\/|plus|later|after\\s+that|afterwards|finally|a\\s+snack\\s+of|snack\\s+of|some\\s+more)\\s*)+`,
  "i",
);
const TRAILING_FILLER =
  /(?:\s+(?:each|or\s+so|too|as\s+well|on\s+the\s+side|every\s+day|daily|a\s+day|per\s+day|today|usually|later|again|(?:at|around|about|by)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|o'?clock)?|(?:through(?:out)?|during|over|across)\s+the\s+day|all\s+day(?:\s+long)?))+\s*$/i;

export const STRUCTURE_WORDS = new Set([
  "i", "we", "i'll", "i'd", "ill", "id", "had", "have", "ate", "eat", "drank", "drink", "grab", "grabbed", "get", "got", "make", "made",
  "take", "took", "go", "went", "usually", "normally", "often", "also", "then", "typically", "always", "sometimes",
  "just", "was", "were", "is", "are", "consist", "consists", "of", "include", "included", "includes", "for", "at",
  "during", "with", "in", "the", "as", "my", "our", "around", "by", "after", "before", "and", "plus", "maybe",
  "probably", "prob", "probs", "prolly", "about", "approx", "approximately", "roughly", "later", "that", "afterwards", "finally", "each", "or",
  "so", "too", "well", "on", "side", "every", "day", "daily", "a", "an", "per", "today", "again", "along", "together",
  "snack", "snacks", "some", "more", "yesterday", "tonight", "weekend", "woke", "wake", "up", "kid", "kids",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes", "martes", "miercoles",
  "jueves", "viernes", "sabado", "domingo",
  "breakfast", "brekkie", "brekky", "brunch", "morning", "mid-morning", "midmorning", "lunch", "luncheon", "lunchtime",
  "midday", "noon", "dinner", "dinnertime", "supper", "evening", "night", "tea-time", "teatime", "afternoon",
  "elevenses", "snacktime", "dessert", "smoko", "arvo", "bed", "bedtime", "late", "late-night", "midnight", "mid", "time", "iftar",
  "suhoor", "sehri", "sahur", "through", "throughout", "over", "across", "all", "long", "o'clock", "am", "pm",
]);

/** "…, and dinner was a cheeseburger": a meal word with a colon, dash or verb after a separator. */
const LABEL_AFTER_SEPARATOR = new RegExp(
  `(?<=[,;]\\s*|\\b(?:and|then|also|later)\\s+)(${MEAL_WORD})(\\s+snacks?)?(?:${LABEL_MARK}|${BEFORE_COUNT}|\\s+${SUBJECT_VERB}|\\s+(?:was|were|is|are|consists?\\s+of|included?)\\b)`,
  "gi",
);

/**
 * A label: where it stands, the meal it names (null for a heading that names none, such as "Meal 2:"), and whether
 * it follows its foods ("pizza for lunch, then…") rather than leading them.
 */
type Label = Span & { meal: Meal | null; kind: "lead" | "preposition" };

type TimeLabel = Span & { meal: Meal; afterWord: boolean };

/** A meal word typed just before a clock time ("dinner ~7pm", "lunch @"), at the start or after a separator. */
const MEAL_BEFORE_TIME = new RegExp(`(?<=^|[\\s,;(])(${MEAL_WORD})(\\s+snacks?)?\\s*[~≈@]?\\s*$`, "i");

function findLabels(text: string, from: number, isKnownName: (words: string) => boolean, times: readonly TimeLabel[] = [], teaMeal = false): Label[] {
  const labels: Label[] = [];
  // Labels in a row ("Breakfast: Lunch:") each lead what follows them; the last one wins.
  for (let at = 0; at < text.length; ) {
    const rest = text.slice(at);
    // "Tea was spag bol", "for tea we had…": the evening meal in any day, as a sentence starts.
    const told = /^\s*(?:tea\s+(?:was|were|tonight\s+was)|for\s+(?:my\s+|our\s+)?tea\s+(?:i|we)\s+had)\b:?/i.exec(rest);
    const start = told ? null : LABEL_AT_START.exec(rest);
    const heading = start || told ? null : COLON_HEADING.exec(rest);
    // …and never when an amount follows ("Tea: 2 cups", "tea - a mug").
    const headed = teaMeal && heading !== null && /^tea$/i.test(heading[1]!.trim()) && !/^\s*(?:\d|an?\s|one\b|two\b|mug|cup|pot)/i.test(rest.slice(heading[0].length));
    const tea = headed || told !== null;
    const meal = start ? mealOfWord(start[1]!, Boolean(start[2])) : tea ? "dinner" : heading ? mealOfLabel(heading[1]!) : null;
    const length = start?.[0].length ?? heading?.[0].length ?? told?.[0].length ?? 0;
    if (!start && !tea && !(heading && isHeading(heading[1]!) && !isKnownName(heading[1]!))) break;
    if (length === 0 || (start && !meal)) break;
    labels.push({ start: from + at, end: from + at + length, meal, kind: "lead" });
    at += length;
  }
  const add = (match: RegExpMatchArray, kind: Label["kind"]) => {
    const meal = mealOfWord(match[1]!, Boolean(match[2]));
    const at = from + match.index!;
    if (!meal || labels.some((l) => at < l.end && at + match[0].length > l.start)) return;
    labels.push({ start: at, end: at + match[0].length, meal, kind });
  };
  for (const match of text.matchAll(LABEL_AFTER_SEPARATOR)) add(match, "lead");
  for (const match of text.matchAll(LABEL_WITH_PREPOSITION)) add(match, "preposition");
  // A clock time is a label wherever it stands ("7am black coffee", "then 3pm an apple", "lunch at 1"): never an
  // amount. In a heading that names no meal ("11ish:"), its meal is the heading's; beside a meal word, the word's.
  for (const time of times) {
    if (time.start < from || time.end > from + text.length) continue;
    const heading = labels.find((l) => time.start < l.end && time.end > l.start);
    if (heading) {
      if (heading.meal === null || !/[a-z]{3}/i.test(text.slice(heading.start - from, heading.end - from).replace(/\b(?:am|pm|ish|at|around|o'?clock)\b/gi, ""))) heading.meal = time.meal;
      continue;
    }
    const nextToWord = labels.find((l) => l.meal && (Math.abs(l.end - time.start) <= 2 || Math.abs(time.end - l.start) <= 2));
    const end = from + text.slice(time.end - from).search(/[^\s:\-–—,)]|$/) + (time.end - from);
    // "dinner ~7pm chicken", "lunch @ 1 soup": a meal word just before the time is the label's, never a food.
    const word = nextToWord ? null : MEAL_BEFORE_TIME.exec(text.slice(0, time.start - from));
    const start = word ? from + word.index : time.start;
    const meal = nextToWord?.meal ?? (word ? mealOfWord(word[1]!, Boolean(word[2])) : null) ?? time.meal;
    labels.push({ start, end, meal, kind: time.afterWord && !word ? "preposition" : "lead" });
  }
  return labels.sort((a, b) => a.start - b.start);
}

/** Trims spaces and filler off a span of the original text; null when nothing of substance is left. */
function trimmed(text: string, span: Span): Span | null {
  let { start, end } = span;
  const slice = () => text.slice(start, end);
  // A minus sign or a point before a number is kept: "-200 g spinach" is refused later, never read as 200 g, and
  // ".5 cup" is half a cup, not 5.
  const lead = /^(?:[\s"'“”‘’`*:,()[\]]|\.(?!\d)|[-–—](?![\d.½¼¾⅓⅔]))+/.exec(slice());
  if (lead) start += lead[0].length;
  const filler = LEADING_FILLER.exec(slice());
  if (filler) start += filler[0].length;
  const tail = /[\s"'“”‘’`*:\-–—,.()[\]]+$/.exec(slice());
  if (tail) end -= tail[0].length;
  const trailing = TRAILING_FILLER.exec(slice());
  if (trailing) end -= trailing[0].length;
  // Emoji count: "🍌🍌" is two bananas, and an emoji that is no food is listed back, never dropped unseen.
  return end > start && /[\p{L}\p{N}½¼¾⅓⅔\p{Extended_Pictographic}]/u.test(slice()) ? { start, end } : null;
}

/**
 * Separators inside a known name ("mac and cheese", "coffee with milk", "fish and chips") do not split it:
 * `isKnownName` says whether a run of words is a name of the lexicon or the dish table.
 */
function protectedSpans(text: string, span: Span, isKnownName: (words: string) => boolean): Span[] {
  const words = [...text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}'%]+/gu)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    // The longest known name starting here, up to 6 words, with a separator inside it.
    for (let j = Math.min(words.length, i + 6); j > i + 1; j--) {
      const inner = text.slice(words[i]!.start, words[j - 1]!.end);
      // A comma joins a name only to words that describe it ("eggs, scrambled"): "pasta, marinara" is two foods.
      const afterComma = inner.includes(",") ? inner.slice(inner.lastIndexOf(",") + 1).toLowerCase().split(/\s+/).filter(Boolean) : [];
      if (!afterComma.every((w) => QUALIFIERS.has(w))) continue;
      if (!/[,&+]|\s(?:and|with|n|'n'|plus|con|y|z|avec|et|mit|und|ve)\s/i.test(inner) || !isKnownName(inner)) continue;
      spans.push({ start: words[i]!.start, end: words[j - 1]!.end });
      i = j - 1;
      break;
    }
  }
  return spans;
}

function splitClause(text: string, clause: Span, meal: Meal | null, isKnownName: (words: string) => boolean, clauseIndex: number): Fragment[] {
  // A gloss in brackets ("mizeria (cucumber salad w sour cream)") is one food's other name, never split; brackets
  // that count parts ("(2 eggs + half a link)") are.
  const glosses = [...text.slice(clause.start, clause.end).matchAll(/\((?!\s*(?:w\/?|with|and|\+|no|without)\s)[^()\d,;]*\)/g)].map((m) => ({ start: clause.start + m.index, end: clause.start + m.index + m[0].length }));
  const guarded = [...protectedSpans(text, clause, isKnownName), ...glosses];
  const body = text.slice(clause.start, clause.end);
  const fragments: Fragment[] = [];
  let cursor = clause.start;
  let joiner: Fragment["joiner"] = "start";
  const push = (end: number, nextJoiner: Fragment["joiner"]) => {
    const span = trimmed(text, { start: cursor, end });
    if (span) fragments.push({ ...span, text: text.slice(span.start, span.end), read: text.slice(span.start, span.end), meal, joiner, clause: clauseIndex, often: NOT_SAID });
    joiner = span ? nextJoiner : joiner === "start" ? "start" : joiner;
  };
  for (const match of body.matchAll(FOOD_SEPARATOR)) {
    const at = clause.start + match.index;
    if (guarded.some((g) => at >= g.start && at < g.end)) continue;
    // "1,5 cups": a comma between digits, with no space, is a decimal point; "x2, 10 almonds" is two foods.
    if (match[0] === "," && /\d$/.test(text.slice(0, at)) && /^\d/.test(text.slice(at + match[0].length))) continue;
    const word = match[0].trim().toLowerCase().replace(/^\(\s*/, ""); // "coffee (w creamer)": the bracket opens an add-on
    const nextJoiner: Fragment["joiner"] = /(?:with|w\/|^w|^con|^z|^avec|^mit)$/.test(word) ? "with" : word.startsWith(",") ? "," : "and";
    push(at, nextJoiner);
    cursor = at + match[0].length;
  }
  push(clause.end, "and");
  return fragments;
}

/**
 * The day's food fragments in order, each with its meal. A label applies to what follows it until the next
 * label; a label that ends a clause ("a glass of wine with dinner") applies to that clause's foods only.
 */
export function splitDay(typed: string, isKnownName: (words: string) => boolean = () => false): Fragment[] {
  // Numbers that are no amount ("ran 3 miles", "30g carbs") are blanked, so that no stage reads them; the fragments
  // keep the text as typed.
  let text = typed;
  const tagged = tagText(typed);
  for (const span of notAmounts(typed, tagged)) text = text.slice(0, span.start) + " ".repeat(span.end - span.start) + text.slice(span.end);
  const clock = clockTimes(typed, tagged);
  const clockMeals = mealsOfTimes(clock);
  const times: TimeLabel[] = clock.map((time, i) => ({ start: time.start, end: time.end, meal: clockMeals[i]!, afterWord: /^(?:at|@|around|about|by)\b/i.test(typed.slice(time.start, time.end)) }));
  const teaMeal = teaIsMeal(text);
  // Words of how often ("twice a week", "Most days:") are no food: the fragments are cut from the text without
  // them, while labels are found as typed (a "Fridays:" heading stays a heading).
  const phrases = frequencyPhrases(typed, isKnownName);
  const reading = blankPhrases(text, phrases);
  const segments: Span[] = [];
  let cursor = 0;
  for (const match of text.matchAll(SEGMENT_BREAK)) {
    segments.push({ start: cursor, end: match.index });
    cursor = match.index + match[0].length;
  }
  segments.push({ start: cursor, end: text.length });

  const fragments: Fragment[] = [];
  let meal: Meal | null = null;
  let clauseCount = 0;
  for (const segment of segments) {
    const marker = LIST_MARKER.exec(text.slice(segment.start, segment.end));
    const start = segment.start + (marker ? marker[0].length : 0);
    const labels = findLabels(text.slice(start, segment.end), start, isKnownName, times, teaMeal);
    let clauseStart = start;
    const clauses: Array<{ span: Span; meal: Meal | null }> = [];
    for (const label of labels) {
      clauses.push({ span: { start: clauseStart, end: label.start }, meal });
      const before = trimmed(reading, { start: clauseStart, end: label.start });
      const after = reading.slice(label.end, segment.end);
      // "pizza for lunch, then chips", "a glass of wine with dinner": a preposition label after its foods, with
      // a separator or the end after it, is theirs; the meal before it goes on afterwards.
      // So is one followed by its own comma ("eggs for breakfast, lunch: soup") or straight by the next label.
      const next = labels[labels.indexOf(label) + 1];
      const ended = /[,;]\s*$/.test(text.slice(label.start, label.end)) || (next !== undefined && !/[a-z]/i.test(text.slice(label.end, next.start)));
      const follows = label.kind === "preposition" && before !== null && (ended || /^\s*(?:$|[,;]|(?:and|then|but|plus)\b)/i.test(after) || !/[a-z]/i.test(after));
      if (follows) {
        // "coffee and a bagel then a burrito for lunch": only what follows the last "then" was lunch.
        const last = clauses[clauses.length - 1]!;
        const thens = [...text.slice(last.span.start, last.span.end).matchAll(/\bthen\b/gi)];
        const cut = thens.length > 0 ? last.span.start + thens[thens.length - 1]!.index : -1;
        if (cut > last.span.start) {
          clauses.push({ span: { start: cut, end: last.span.end }, meal: label.meal });
          last.span = { start: last.span.start, end: cut };
        } else last.meal = label.meal;
      }
      else meal = label.meal;
      clauseStart = label.end;
    }
    clauses.push({ span: { start: clauseStart, end: segment.end }, meal });
    for (const clause of clauses) fragments.push(...splitClause(reading, clause.span, clause.meal, isKnownName, clauseCount++));
  }
  const often = frequenciesOf(typed, phrases, segments, fragments);
  return fragments.map((fragment, i) => ({ ...fragment, text: typed.slice(fragment.start, fragment.end), read: fragment.text, often: often[i]! }));
}
