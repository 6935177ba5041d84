// Stage: how often. "salmon twice a week", "Most days: porridge", "a glass of wine at the weekend": the days a week a
// food is eaten, read off the words, and the words taken out so that the food and its amount read as if they were
// not there. The amount stays one serving: a typical day counts it × perWeek ÷ 7 (lib/analysis/analyze.ts).
// "a cup of tea 3 times a day" is an amount, not this: only a count "a week" is a frequency.
import { DAYS_A_WEEK, FORTNIGHTLY, MONTHLY } from "../constants";
import { perWeekWords } from "../format";

/** Days a week a food is eaten (null: every day, or not said), and what was assumed in reading it, in words. */
export type Frequency = { perWeek: number | null; note: string | null };
export const NOT_SAID: Frequency = { perWeek: null, note: null };

/**
 * A frequency phrase where it stands in the text. `heading`: a colon or dash after it ("Most days:"), so it heads the
 * foods after it. `keepFrom`: where the words of a food name it starts begin ("Sunday roast"), which stay to be read
 * as the food (the phrase then counts for that food alone); null when the whole phrase is taken out.
 */
export type FrequencyPhrase = Frequency & { start: number; end: number; heading: boolean; keepFrom: number | null };

const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const TIMES: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };
const NUMBER = String.raw`\d+(?:[.,]\d+)?|½|one|two|three|four|five|six|seven`;
/** "a week", "per week", "/wk", "weekly": only a count of these is days a week ("3 times a day" is an amount). */
const WEEK = String.raw`(?:\s*(?:\/|(?:a|per|each|every|in\s+a)\s+)\s*(?:week|wk)\b|\s+weekly\b)`;
const DAY_NAME = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?![’'\w])`;
const DAY_JOIN = String.raw`\s*(?:,|and|&|or|\/|\+|-|–|to|through|thru|till|until)\s*`;
const RANGE_JOIN = /^\s*(?:-|–|to|through|thru|till|until)\s*$/i;
/** A day's name with the time of day after it ("Friday night", "Sunday lunch"): all of it is the when. */
const TIME_OF_DAY = String.raw`(?:\s+(?:night|evening|morning|afternoon|lunch(?:time)?|dinner|breakfast|brunch|tea)s?\b)?`;

/**
 * `bare`: a day's name alone, with no "on" or "every" and not plural, which mostly dates the day being written out
 * ("Sunday: woke up late", "sunday dim sum w fam"): never read, or read only with a time of day just before a food
 * ("Friday night pizza").
 */
type Reading = { perWeek: number | null; note: string | null; bare?: "never" | "before food" };
type Rule = { pattern: RegExp; read: (match: RegExpExecArray) => Reading };

const unclear = (said: string): Reading => ({ perWeek: null, note: `How often was not clear (“${said}”): counted as every day; set how often in the day once added.` });
/** A count of days a week as typed: more than 0 and at most 7 (7 is every day), else not clear. */
function days(perWeek: number, said: string, assumed: boolean): Reading {
  if (!(perWeek > 0 && perWeek <= DAYS_A_WEEK)) return unclear(said);
  if (perWeek === DAYS_A_WEEK) return NOT_SAID;
  return { perWeek, note: assumed ? `“${said}” read as ${perWeekWords(perWeek)}.` : null };
}
const countOf = (word: string) => TIMES[word.toLowerCase()] ?? numberOf(word);
const numberOf = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? (word === "½" ? 0.5 : Number(word.replace(",", ".")));
const DAY_INDEX = ["mon", "tues", "wednes", "thurs", "fri", "satur", "sun"];
const dayIndex = (name: string) => DAY_INDEX.findIndex((start) => name.toLowerCase().startsWith(start));

/** "on Mondays and Thursdays" 2, "Monday to Friday" 5, "Saturday or Sunday" 1 (one of them). */
function daysNamed(list: string): number {
  const names = [...list.matchAll(new RegExp(DAY_NAME, "gi"))];
  if (/\bor\b/i.test(list)) return 1;
  const named = new Set<number>();
  names.forEach((name, k) => {
    const at = dayIndex(name[0]);
    const previous = names[k - 1];
    if (previous && RANGE_JOIN.test(list.slice(previous.index + previous[0].length, name.index))) {
      for (let day = dayIndex(previous[0]); day !== at; day = (day + 1) % 7) named.add(day);
    }
    named.add(at);
  });
  return named.size;
}

const rule = (source: string, read: Rule["read"]): Rule => ({ pattern: new RegExp(source, "gi"), read });
const RULES: readonly Rule[] = [
  // "twice a week", "3x a week", "3 days a week", "2-3 times a week" (the midpoint, said), "once weekly".
  rule(String.raw`\b(?:(${NUMBER})(?:\s*(?:-|–|to|or)\s*(${NUMBER}))?\s*(?:x|times?|days?)|(once|twice|thrice)|(a\s+couple\s+(?:of\s+)?times)|(?:a\s+few|several|a\s+number\s+of)\s+times)${WEEK}`, (m) => {
    if (m[3]) return days(TIMES[m[3].toLowerCase()]!, m[0], false);
    if (m[4]) return days(2, m[0], false);
    if (!m[1]) return unclear(m[0]);
    const low = numberOf(m[1]);
    return m[2] ? days((low + numberOf(m[2])) / 2, m[0], true) : days(low, m[0], false);
  }),
  // "once or twice a week": the midpoint, said.
  rule(String.raw`\b(once|twice|thrice|one|two|three)\s+or\s+(twice|thrice|two|three|four|five)(?:\s+times)?${WEEK}`, (m) =>
    days((countOf(m[1]!) + countOf(m[2]!)) / 2, m[0], true),
  ),
  // "once a month", "twice a month", "monthly": a share of a week (12 months in 52 weeks).
  rule(String.raw`\b(?:(once|twice|thrice|${NUMBER})\s*(?:x|times?)?\s*(?:a|per|each|every|in\s+a)\s+month\b|(?<![\w-])monthly\b|\bevery\s+month\b)`, (m) =>
    days((m[1] ? countOf(m[1]) : 1) * MONTHLY, m[0], false),
  ),
  // "fortnightly", "every other week", "once every two weeks", "once a fortnight".
  rule(String.raw`\b(?:fortnightly|(?:once\s+)?every\s+(?:other|second|2nd|two|2)\s+weeks?|(?:once\s+)?(?:a|every)\s+fortnight)\b`, () => ({ perWeek: FORTNIGHTLY, note: null })),
  rule(String.raw`(?<![\w-])weekly\b|\b(?:every|each)\s+week\b`, () => ({ perWeek: 1, note: null })),
  rule(String.raw`\b(?:every\s*day|each\s+day|every\s+single\s+day|daily|once\s+(?:a|per)\s+day|once\s+daily|(?:every|each)\s+(?:morning|night|evening))\b`, () => NOT_SAID),
  rule(String.raw`\b(?:every\s+(?:other|second|2nd)\s+day|(?:on\s+)?alternate\s+days|every\s+(?:2|two)\s+days)\b`, () => ({ perWeek: 3.5, note: null })),
  rule(String.raw`\bmost\s+(?:days|nights|mornings|evenings)(?:\s+of\s+the\s+week)?\b`, (m) => days(5, m[0], true)),
  rule(String.raw`\b(?:(?:on|during|every|each)\s+(?:the\s+)?)?week-?\s?days\b|\b(?:every|each)\s+week-?\s?day\b|\bduring\s+the\s+week\b`, () => ({ perWeek: 5, note: null })),
  // "weekend" alone ("weekend brunch w the girls") dates a day written out, as a day's name does.
  rule(String.raw`\b(?:((?:at|on|over|during|every|each|for)\s+(?:the\s+)?)?week-?ends?)\b`, (m) => ({ perWeek: 2, note: null, bare: !m[1] && !/s$/i.test(m[0]) ? "never" : undefined })),
  rule(String.raw`\b((?:on|every|each)\s+(?:(?:a|the)\s+)?)?(${DAY_NAME}(?:${DAY_JOIN}${DAY_NAME})*)(${TIME_OF_DAY})`, (m) => ({
    perWeek: daysNamed(m[2]!),
    note: null,
    // "Friday night pizza" is a habit; "sunday dim sum w fam", "meal prep Monday", "(it's wednesday)" date a day.
    bare: !m[1] && new RegExp(`^${DAY_NAME}$`, "i").test(m[2]!) && !/s$/i.test(m[2]!) ? (m[3] ? "before food" : "never") : undefined,
  })),
  rule(String.raw`\b(?:sometimes|occasionally|rarely|now\s+and\s+(?:then|again)|once\s+in\s+a\s+while|every\s+(?:now|so\s+often)(?:\s+and\s+(?:then|again))?|from\s+time\s+to\s+time|on\s+occasion|some\s+days)\b`, (m) => unclear(m[0])),
];

/** "Friday night pizza": a food's word straight after, not a place, a person or a heading's colon ("Friday night at the pub"). */
const beforeFood = (text: string, end: number) => /^[ \t]+(?!(?:at|in|on|out|with|w|we|i|was|is|and|after|before|for|of)\b)[\p{L}\p{N}]/iu.test(text.slice(end));

/**
 * Where a food name the phrase starts begins ("every Sunday roast", "sunday dinner"), or null: those words stay. A
 * plural day is never a name's ("Sundays roast chicken" is roast chicken on Sundays).
 */
function keptFrom(text: string, start: number, end: number, isKnownName: (words: string) => boolean): number | null {
  const wordStarts = [...text.slice(start, end).matchAll(/[\p{L}\p{N}]+/gu)].map((w) => start + w.index);
  const after: number[] = [end];
  for (let at = end, k = 0; k < 3; k++) {
    const word = /^\s+[\p{L}'’-]+/u.exec(text.slice(at));
    if (!word) break;
    at += word[0].length;
    after.push(at);
  }
  for (const from of wordStarts) {
    if (after.some((to) => !/days\b/i.test(text.slice(from, to)) && isKnownName(text.slice(from, to)))) return from;
  }
  return null;
}

/** Every frequency phrase in a text, in order and never overlapping: the first to start, the longest of those. */
export function frequencyPhrases(text: string, isKnownName: (words: string) => boolean = () => false): FrequencyPhrase[] {
  const found: Array<FrequencyPhrase & Pick<Reading, "bare">> = [];
  for (const { pattern, read } of RULES) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // "Most days: porridge", "eggs, Fridays: pizza"; a dash only at the head of a line ("salmon twice a week - grilled").
      const startsLine = /(?:^|\n)\s*(?:[-*•]\s*)?$/.test(text.slice(0, start));
      const heading = /^\s*:(?!\d)/.test(text.slice(end)) || (startsLine && /^\s+[-–—]+>?(?=\s)/.test(text.slice(end)));
      found.push({ ...read(match as RegExpExecArray), start, end, heading, keepFrom: null });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const phrases: FrequencyPhrase[] = [];
  for (const { bare, ...phrase } of found) {
    if (phrases.length > 0 && phrase.start < phrases[phrases.length - 1]!.end) continue;
    if (bare === "never" || (bare === "before food" && !beforeFood(text, phrase.end))) continue;
    phrases.push({ ...phrase, keepFrom: keptFrom(text, phrase.start, phrase.end, isKnownName) });
  }
  return phrases;
}

/** The text with each phrase's words (and a heading's colon) blanked by spaces, so every position stays where it was. */
export function blankPhrases(text: string, phrases: readonly FrequencyPhrase[]): string {
  let blanked = text;
  for (const phrase of phrases) {
    const end = phrase.keepFrom ?? phrase.end + (phrase.heading ? /^\s*(?::|[-–—]+>?)/.exec(text.slice(phrase.end))![0].length : 0);
    blanked = blanked.slice(0, phrase.start) + " ".repeat(end - phrase.start) + blanked.slice(end);
  }
  return blanked;
}

/**
 * How often a piece of meal text says its food is eaten, and the text without the words that said it: "salmon twice
 * a week" is salmon, 2 days a week. With no frequency phrase, not said and the text as it was.
 */
export function readFrequency(text: string, isKnownName?: (words: string) => boolean): Frequency & { text: string } {
  const phrases = frequencyPhrases(text, isKnownName);
  if (phrases.length === 0) return { ...NOT_SAID, text };
  const { perWeek, note } = phrases[0]!;
  const rest = blankPhrases(text, phrases).replace(/^[\s,;:]+|[\s,;:]+$/g, "").replace(/(\S)\s{2,}(?=\S)/g, "$1 ");
  return { perWeek, note, text: rest };
}

/** What the day's reading (structure.ts) knows of a fragment: where it stands, its clause, what joined it to the one before. */
type Placed = { start: number; end: number; clause: number; joiner: string };

/**
 * Which phrase each fragment of the day is eaten by, following how meal labels carry (structure.ts), within a line or
 * sentence (`segments`). A phrase after a food is that food's, and the foods tied to it by "and" or "with" ("salmon
 * and rice twice a week"), not those before a comma ("chicken and rice, a glass of wine at the weekend"). A phrase
 * that heads its line ("Most days: porridge with milk", "On Fridays pizza") is the foods' after it, up to the next
 * phrase that heads; one alone on its line ("Weekends:") heads the lines after it, up to a blank line or the next.
 * A phrase kept as part of a food's name ("Sunday roast") is that food's alone.
 */
export function frequenciesOf(text: string, phrases: readonly FrequencyPhrase[], segments: ReadonlyArray<{ start: number; end: number }>, fragments: readonly Placed[]): Frequency[] {
  const often: Array<Frequency | null> = fragments.map(() => null);
  const set = (i: number, phrase: FrequencyPhrase) => (often[i] ??= { perWeek: phrase.perWeek, note: phrase.note });
  let carried: FrequencyPhrase | null = null;
  for (const segment of segments) {
    if (!/\S/.test(text.slice(segment.start, segment.end))) {
      carried = null;
      continue;
    }
    const inside = fragments.flatMap((f, i) => (f.start >= segment.start && f.end <= segment.end ? [i] : []));
    const said = phrases.filter((p) => p.start >= segment.start && p.end <= segment.end);
    const leads = (p: FrequencyPhrase) => p.keepFrom === null && (p.heading || !inside.some((i) => fragments[i]!.start < p.start));
    for (const phrase of said.filter((p) => p.keepFrom !== null)) {
      for (const i of inside) if (fragments[i]!.start < phrase.end && fragments[i]!.end > phrase.start) set(i, phrase);
    }
    said.forEach((phrase, k) => {
      if (phrase.keepFrom !== null || leads(phrase)) return;
      const from = k > 0 ? said[k - 1]!.end : segment.start;
      // From the food just before it, or the one it stands in ("salmon twice a week - grilled"), backwards.
      const before = inside.filter((i) => fragments[i]!.start >= from && fragments[i]!.start < phrase.start);
      for (let j = before.length - 1; j >= 0; j--) {
        const i = before[j]!;
        set(i, phrase);
        const earlier = before[j - 1];
        if (earlier === undefined || !/^(?:and|with)$/.test(fragments[i]!.joiner) || fragments[earlier]!.clause !== fragments[i]!.clause) break;
      }
    });
    const heads = said.filter(leads);
    if (heads.length > 0) carried = null;
    heads.forEach((phrase, k) => {
      const until = heads[k + 1]?.start ?? segment.end;
      const after = inside.filter((i) => fragments[i]!.start >= phrase.end && fragments[i]!.end <= until);
      for (const i of after) set(i, phrase);
      // Only a heading carries on: a colon after it, or nothing else on its line ("meal prep on Monday 💪" does not).
      const alone = phrase.heading || !/[\p{L}\p{N}]/u.test(text.slice(segment.start, phrase.start) + text.slice(phrase.end, segment.end));
      if (alone && after.length === 0 && k === heads.length - 1 && !inside.some((i) => fragments[i]!.start < phrase.start)) carried = phrase;
    });
    if (carried && !heads.includes(carried)) for (const i of inside) set(i, carried);
  }
  return often.map((frequency) => frequency ?? NOT_SAID);
}
