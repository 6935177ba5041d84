// The person's day as data: defaults, the request it makes to /api/analyze, and its file and link forms.
// Reading a day back from outside the page (storage, a file, a link) is lib/day/read.ts: it needs the validator.
import { DAY_VERSION, MEALS } from "../constants";
import { findPortion } from "../food/portions";
import type { AnalyzeRequest, EntryInput } from "../schema/analysis";
import type { Day, DayEntry, Profile, SetAside } from "../schema/day";
import type { ApiIssue } from "../schema/errors";
import type { Portion } from "../schema/food";

export const DEFAULT_PROFILE: Profile = { ageYears: 35, sex: "female", lifeStage: null, standard: "us" };

let uidCounter = 0;
/** A unique id for a new entry of the day (unique within the page's life, and across saves by time). */
export function newEntryUid(): string {
  return `${Date.now().toString(36)}-${(uidCounter++).toString(36)}`;
}

export function emptyDay(profile: Profile = DEFAULT_PROFILE): Day {
  return { app: "mineral-gap", version: DAY_VERSION, profile, entries: [], supplements: [] };
}

/** How many rows a person sees in a day: each food on its own, and each dish (ingredients sharing a dish id) once. */
export function dayRows(entries: readonly DayEntry[]): number {
  const dishes = new Set<string>();
  let rows = 0;
  for (const entry of entries) {
    if (!entry.dish || !entry.recipe) rows++;
    else if (!dishes.has(entry.dish)) {
      dishes.add(entry.dish);
      rows++;
    }
  }
  return rows;
}

/** A day with nothing of the person's in it but their profile: nothing to lose if it is replaced. */
export function isEmptyDay(day: Day): boolean {
  return day.entries.length === 0 && day.supplements.length === 0 && (day.setAside?.length ?? 0) === 0;
}

/** grams of an entry, given the food's portions (found as /api/analyze finds them); undefined when unknown. */
export function entryGrams(entry: Pick<DayEntry, "amount" | "portion">, portions: readonly Portion[]): number | undefined {
  if (entry.portion === null) return entry.amount;
  const portion = findPortion({ portions }, entry.portion);
  return portion ? entry.amount * portion.grams : undefined;
}

/** One day's request to /api/analyze: the shape every caller of toAnalyzeRequest gets. */
export type OneDayRequest = AnalyzeRequest & { entries: EntryInput[]; days?: undefined };

export function toAnalyzeRequest(day: Day): OneDayRequest {
  return {
    profile: day.profile,
    entries: day.entries.map(
      (entry): EntryInput =>
        entry.portion === null
          ? { foodId: entry.foodId, grams: entry.amount, meal: entry.meal, ...(entry.perWeek ? { perWeek: entry.perWeek } : {}) }
          : { foodId: entry.foodId, amount: entry.amount, portion: entry.portion, meal: entry.meal, ...(entry.perWeek ? { perWeek: entry.perWeek } : {}) },
    ),
    supplements: day.supplements,
  };
}

/**
 * The day with the entries the API could not resolve (a food not in the table, a measure the food does not have: a
 * hand-edited file, a day from another version) set aside with the reason, the rest kept; null when no issue names an
 * entry. `issues` are a 400's from /api/analyze for this very day's request, whose entries are the day's in order.
 */
export function setAsideUnresolved(day: Day, issues: readonly ApiIssue[]): Day | null {
  const reasons = new Map<number, Pick<SetAside, "reason" | "lacks">>();
  for (const issue of issues) {
    const [where, index] = issue.path;
    const entry = typeof index === "number" ? day.entries[index] : undefined;
    if (where !== "entries" || !entry || reasons.has(index as number)) continue;
    if (issue.code === "unknown_food") reasons.set(index as number, { reason: `It is not in the food table this page uses (food id ${entry.foodId}).`, lacks: "food" });
    else if (issue.code === "unknown_portion") reasons.set(index as number, { reason: `Its measure (“${entry.portion}”) is not one of this food's measures: put it back in grams.`, lacks: "measure" });
    // Any other problem the API names in an entry (an amount it cannot count) sets it aside too, in plain words.
    else reasons.set(index as number, { reason: "Its amount or unit could not be counted: put it back with another amount." });
  }
  if (reasons.size === 0) return null;
  const aside: SetAside[] = [...reasons].map(([index, why]) => {
    const entry = day.entries[index]!;
    return { kind: "food", item: entry, label: entry.name ?? `Food ${entry.foodId}`, ...why };
  });
  return { ...day, entries: day.entries.filter((_, index) => !reasons.has(index)), setAside: [...(day.setAside ?? []), ...aside] };
}

export function serializeDay(day: Day): string {
  return JSON.stringify({ ...day, app: "mineral-gap" }, null, 2);
}

// ---- Share links: the day and profile in the URL, compact, nothing on the server ----

type CompactEntry = [foodId: string, meal: number, amount: number, portion: string | null, recipe?: string, dish?: string];
type CompactSupplement = [name: string, magnesium: number, potassium: number, calcium: number, count: number];
/** A share link's day. Version 1 links have no `s`; they open as the same day with no supplements. */
/** `p` gains the person's health conditions as a fifth item when they have any, and a small appetite as a sixth. */
export type CompactDay = {
  v: number;
  p: [age: number, sex: string, lifeStage: string | null, standard: string, conditions?: string[], appetite?: string];
  e: (CompactEntry | DayEntry)[];
  s?: CompactSupplement[];
};

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function encodeShare(day: Day): string {
  const { ageYears, sex, lifeStage, standard, conditions = [], appetite = "usual" } = day.profile;
  const person: CompactDay["p"] = [ageYears, sex, lifeStage, standard];
  if (conditions.length > 0 || appetite !== "usual") person.push([...conditions]);
  if (appetite !== "usual") person.push(appetite);
  const compact: CompactDay = {
    v: DAY_VERSION,
    p: person,
    e: day.entries.map((e): CompactEntry | DayEntry => {
      // An entry eaten some days a week travels whole: the compact row has no place for it.
      if (e.perWeek !== undefined) return e;
      const entry: [string, number, number, string | null] = [e.foodId, MEALS.indexOf(e.meal), e.amount, e.portion];
      return e.recipe && e.dish ? [...entry, e.recipe, e.dish] : entry;
    }),
    ...(day.supplements.length > 0 ? { s: day.supplements.map((x): CompactSupplement => [x.name, x.magnesium, x.potassium, x.calcium, x.count]) } : {}),
  };
  return toBase64Url(JSON.stringify(compact));
}
