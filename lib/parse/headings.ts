// Headings a person types over their meals: "6am:", "Meal 2:", "Before my shift:", "brekfast -", "Tea:" — which
// meal one names (from a meal word, a typo of one, or a clock time) and whether a short text before a colon is a
// heading at all. structure.ts finds where they stand.
import type { Meal } from "../schema/day";
import { MEAL_WORD, mealOfHeadingWord, mealOfHour, mealOfWord } from "./tags";

/**
 * The meal a clock time in a heading falls in (tags.ts's mealOfHour). A time is an hour with minutes, am or pm, or
 * "ish" ("11ish:", "6-ish"), so that a bare number stays an amount.
 */
function mealOfTime(text: string): Meal | null {
  const time = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|-?ish\b)?(?![\d])/i.exec(text);
  if (!time || (!time[3] && !time[2])) return null;
  let hour = Number(time[1]) % 12;
  if (/^p/i.test(time[3] ?? "")) hour += 12;
  if (!time[3] || /ish$/i.test(time[3])) hour = Number(time[1]);
  return mealOfHour(hour);
}

/** The meal a free-form label names: "Before bed" -> snacks, "6am" -> breakfast, "On break at 2am" -> snacks. */
export function mealOfLabel(label: string): Meal | null {
  const words = label.toLowerCase().split(/[^a-z-]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const snack = words[i + 1] === "snack" || words[i + 1] === "snacks";
    const meal = mealOfWord(words[i]!, snack) ?? mealOfWord(`${words[i]} ${words[i + 1] ?? ""}`) ?? mealOfHeadingWord(words[i]!);
    if (meal) return meal;
  }
  if (/\b(?:bed|bedtime|workout|gym|training|break)\b/i.test(label) && !mealOfTime(label)) return "snacks";
  return mealOfTime(label);
}

/**
 * "6am:", "Meal 2:", "Before my shift:", "5:15am pre-swim:", "brekfast -": a short heading ended by a colon (or a
 * dash with spaces round it) starts a segment. A colon inside a clock time ("5:15") is part of the heading.
 */
export const COLON_HEADING = /^\s*((?:[^:\n]|:(?=\d\d))(?:[^:\n]|:(?=\d\d)){0,31}?)(?:\s*:(?!\d)|\s+[-–—=]+>?(?=\s))\s*/;

/** A free heading names a meal or a time, numbers a meal ("Meal 2"), or sets a scene ("Before my shift", "At work"). */
export function isHeading(words: string): boolean {
  // "eggs for breakfast, lunch:" is foods and then a heading, not one heading: a heading holds no list.
  if (words.split(/\s+/).length > 5 || /[,;+]/.test(words)) return false;
  return (
    mealOfLabel(words) !== null ||
    /\b(?:meal|snack|day)\s*\d\b/i.test(words) ||
    /^(?:before|after|on|when|during|pre|post|while|at|around|then|later|late|early|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|weekday)\b/i.test(words.trim())
  );
}

/** A meal heading at the start of a line: "Breakfast:", "- lunch -", "Dinner (7pm):". */
const LINE_HEADING = new RegExp(`^\\s*(?:[-*•]\\s*)?${MEAL_WORD}\\b[^:\\n]{0,12}?(?::|\\s[-–—]\\s)`, "gim");

/**
 * "Tea:" heading a line in a day written meal by meal is the evening meal (British, Irish, Australian usage): in a
 * day with another meal heading, a heading of "tea" alone, with no amount after it, is dinner; "Tea: 2 cups" is the
 * drink.
 */
export function teaIsMeal(text: string): boolean {
  return (text.match(LINE_HEADING) ?? []).length >= 1;
}
