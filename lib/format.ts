// Amounts for people: the arithmetic stays exact elsewhere (and in the API); only display rounds. Milligrams,
// grams, kcal and percents a person reads are whole numbers: 13.473 mg is read as 13 mg. `round` is the one
// rounding helper the arithmetic uses too (here, importing only lib/constants.ts, so the page's CSV can use it without the API's code).
import { FORTNIGHTLY, MONTHLY } from "./constants";

/** Rounds away floating-point noise (0.1 + 0.2) while keeping every digit a person or a test could care about. */
export const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

// Thousands separators written out rather than by `toLocaleString("en-US")`: a page's first Intl number format loads
// the browser's locale data, 65-300 ms of main thread on this project's 2-core machine (about four times that on
// Lighthouse's simulated phone), and the first totals were the page's first use of it. The same text as
// toLocaleString("en-US") for every number with at most 3 decimals below 1e21 (lib/format.test.ts checks); anything
// else still goes to Intl.
function formatNumber(value: number): string {
  const digits = String(Math.abs(value));
  const [whole = "", fraction] = digits.split(".");
  if (!Number.isFinite(value) || digits.includes("e") || (fraction !== undefined && fraction.length > 3)) return value.toLocaleString("en-US");
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ",")}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** A whole number from 10 up, one decimal below it: 1,629 and 5.9. For counts of servings, not for mg. */
export function formatAmount(value: number): string {
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return formatNumber(rounded);
}

/** A whole number with thousands separators: 1,629; 13.473 -> 13. */
export function formatWhole(value: number): string {
  return formatNumber(Math.round(value));
}

/** Grams a person reads: whole from 10 g up, one decimal below (a pinch of salt is 0.4 g, not 0 g). */
export function formatGrams(grams: number): string {
  return `${grams >= 10 ? formatWhole(grams) : formatNumber(Math.round(grams * 10) / 10)} g`;
}

/** Whole mg (or another unit), or "unknown" when USDA has no value. */
export function formatMg(value: number | null, unit = "mg"): string {
  return value === null ? "unknown" : `${formatWhole(value)} ${unit}`;
}

/** "a", "a and b", "a, b and c": a list in words. */
export const listWords = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** A whole percent: 9.956 -> "10%". */
/**
 * Text for the page's running text: no database names or author citations, which are listed under Sources ("SR28
 * has no paneer" -> "The USDA table has no paneer"; "(Heaney et al. 1988)" and "Source: Heaney et al. 1988." go).
 */
export function runningText(text: string): string {
  return text
    .replace(/\s*\((?:[^()]*?\bet al\.|[A-Z][\p{L}'-]+) (?:19|20)\d{2}[a-z]?\)/gu, "")
    .replace(/\s*Sources?: (?:[^.]|\bal\.)*?(?:19|20)\d{2}[a-z]?\.(?=\s|$)/gu, "")
    .replace(/\b[A-Z][\p{L}'-]+ et al\. (?:19|20)\d{2}[a-z]?/gu, "a study (see Sources)")
    .replace(/\bet al\./g, "and colleagues")
    .replace(/\bSR28's\b/g, "the USDA table's")
    .replace(/\bSR28 (household measures?|measures?)\b/g, "USDA's $1")
    .replace(/\bUSDA SR28\b/g, "USDA")
    .replace(/(^|[.!?:]\s+)SR28\b/g, "$1The USDA table")
    .replace(/\bSR28\b/g, "the USDA table");
}

export const formatPercent = (value: number) => `${Math.round(value)}%`;

/** How often an entry is eaten, in words: "every day", "2 days a week", "1 day a week", "3½ days a week". */
export function perWeekWords(perWeek: number | undefined): string {
  if (perWeek === undefined || perWeek >= 7) return "every day";
  if (Math.abs(perWeek - FORTNIGHTLY) < 1e-9) return "once every two weeks";
  const monthly = perWeek / MONTHLY;
  if (perWeek < FORTNIGHTLY && Math.abs(monthly - Math.round(monthly)) < 1e-6) return Math.round(monthly) === 1 ? "once a month" : `${Math.round(monthly)} times a month`;
  return `${formatAmount(perWeek)} ${perWeek === 1 ? "day" : "days"} a week`;
}
