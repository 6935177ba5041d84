// The person's day as data: defaults, the request it makes to /api/analyze, and its file and link forms.
// Reading a day back from outside the page (storage, a file, a link) is lib/day/read.ts: it needs the validator.
import { DAY_VERSION, MEALS } from "../constants";
import { findPortion } from "../food/portions";
import type { AnalyzeRequest, EntryInput } from "../schema/analysis";
import type { Day, DayEntry, Profile, RecordedDay, SetAside } from "../schema/day";
import type { ApiIssue } from "../schema/errors";
import type { Portion } from "../schema/food";

/** A new day's profile: an adult of 35 until the person gives their age (ageGiven false: the page asks for it). */
export const DEFAULT_PROFILE: Profile = { ageYears: 35, sex: "female", lifeStage: null, standard: "us", ageGiven: false };

let uidCounter = 0;
/** A unique id for a new entry of the day (unique within the page's life, and across saves by time). */
export function newEntryUid(): string {
  return `${Date.now().toString(36)}-${(uidCounter++).toString(36)}`;
}

/** The name a new day gets: "Day 1", "Day 2"… (the person can rename it "Mon" or "a work day"). */
export const defaultDayLabel = (index: number) => `Day ${index + 1}`;

export function emptyDay(profile: Profile = DEFAULT_PROFILE): Day {
  return { app: "mineral-gap", version: DAY_VERSION, profile, days: [{ label: defaultDayLabel(0), entries: [] }], supplements: [] };
}

/** A name no other day has: "Day 3", or "Day 3 (2)" when the person already called a day that. */
export function freshLabel(days: readonly Pick<RecordedDay, "label">[], wanted: string): string {
  const taken = new Set(days.map((d) => d.label));
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted} (${n})`)) return `${wanted} (${n})`;
}

/** Every food of every recorded day. */
export const allEntries = (day: Pick<Day, "days">): DayEntry[] => day.days.flatMap((d) => d.entries);

/** The day with one recorded day's foods replaced. */
export function withDayEntries(day: Day, index: number, entries: DayEntry[]): Day {
  return { ...day, days: day.days.map((d, i) => (i === index ? { ...d, entries } : d)) };
}

/** Which day the results are for: one recorded day (its index), or the average of them all. */
export type DayView = number | "average";

/**
 * The indexes of the days with foods: a day with none yet (just added, not filled in) is not a day of eating nothing,
 * so it is left out of the average, and the page says so.
 */
export const filledDays = (day: Pick<Day, "days">): number[] => day.days.flatMap((d, index) => (d.entries.length > 0 ? [index] : []));

/** The days' results are for their average when two or more have foods and the person has not picked one day. */
export const isAverage = (day: Pick<Day, "days">, view: DayView) => view === "average" && filledDays(day).length > 1;

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
  return allEntries(day).length === 0 && day.supplements.length === 0 && (day.setAside?.length ?? 0) === 0;
}

/** grams of an entry, given the food's portions (found as /api/analyze finds them); undefined when unknown. */
export function entryGrams(entry: Pick<DayEntry, "amount" | "portion">, portions: readonly Portion[]): number | undefined {
  if (entry.portion === null) return entry.amount;
  const portion = findPortion({ portions }, entry.portion);
  return portion ? entry.amount * portion.grams : undefined;
}

/** One day's request to /api/analyze: the shape every caller of toAnalyzeRequest gets. */
export type OneDayRequest = AnalyzeRequest & { entries: EntryInput[]; days?: undefined };

const toEntryInput = (entry: DayEntry): EntryInput => {
  const often = entry.perWeek ? { perWeek: entry.perWeek } : {};
  return entry.portion === null
    ? { foodId: entry.foodId, grams: entry.amount, meal: entry.meal, ...often }
    : { foodId: entry.foodId, amount: entry.amount, portion: entry.portion, meal: entry.meal, ...often };
};

/** One recorded day's request (the first when none is named). */
export function toAnalyzeRequest(day: Pick<Day, "profile" | "supplements" | "days">, index = 0): OneDayRequest {
  return { profile: day.profile, entries: (day.days[index] ?? day.days[0]!).entries.map(toEntryInput), supplements: day.supplements };
}

/** The one day the results are for, or null when they are for the average ("average" with one day of foods is it). */
export function viewDayIndex(day: Pick<Day, "days">, view: DayView): number | null {
  if (isAverage(day, view)) return null;
  return view === "average" ? (filledDays(day)[0] ?? 0) : view;
}

/** The request for what the results show: one recorded day, or the days with foods for their average. */
export function toViewRequest(day: Pick<Day, "profile" | "supplements" | "days">, view: DayView): AnalyzeRequest {
  const filled = filledDays(day);
  const index = viewDayIndex(day, view);
  if (index !== null) return toAnalyzeRequest(day, index);
  return { profile: day.profile, days: filled.map((i) => ({ label: day.days[i]!.label, entries: day.days[i]!.entries.map(toEntryInput) })), supplements: day.supplements };
}

/**
 * The day with the entries the API could not resolve (a food not in the table, a measure the food does not have: a
 * hand-edited file, a day from another version) set aside with the reason, the rest kept; null when no issue names an
 * entry. `issues` are a 400's from /api/analyze for this very day's request (toViewRequest with `view`): its entries
 * are one day's in order ("entries", 3), or each day's ("days", 1, "entries", 3).
 */
export function setAsideUnresolved(day: Day, issues: readonly ApiIssue[], view: DayView = 0): Day | null {
  const reasons = new Map<DayEntry, Pick<SetAside, "reason" | "lacks">>();
  // A days request holds only the days with foods (toViewRequest): its day k is the k-th of them.
  const filled = filledDays(day);
  for (const issue of issues) {
    const path = issue.path[0] === "days" ? issue.path.slice(2) : issue.path;
    const dayIndex = issue.path[0] === "days" ? filled[issue.path[1] as number] : viewDayIndex(day, view);
    const [where, index] = path;
    const entry = typeof dayIndex === "number" && typeof index === "number" ? day.days[dayIndex]?.entries[index] : undefined;
    if (where !== "entries" || !entry || reasons.has(entry)) continue;
    if (issue.code === "unknown_food") reasons.set(entry, { reason: `It is not in the food table this page uses (food id ${entry.foodId}).`, lacks: "food" });
    else if (issue.code === "unknown_portion") reasons.set(entry, { reason: `Its measure (“${entry.portion}”) is not one of this food's measures: put it back in grams.`, lacks: "measure" });
    // Any other problem the API names in an entry (an amount it cannot count) sets it aside too, in plain words.
    else reasons.set(entry, { reason: "Its amount or unit could not be counted: put it back with another amount." });
  }
  if (reasons.size === 0) return null;
  const aside: SetAside[] = [...reasons].map(([entry, why]) => ({ kind: "food", item: entry, label: entry.name ?? `Food ${entry.foodId}`, ...why }));
  return {
    ...day,
    days: day.days.map((d): RecordedDay => ({ ...d, entries: d.entries.filter((e) => !reasons.has(e)) })),
    setAside: [...(day.setAside ?? []), ...aside],
  };
}

export function serializeDay(day: Day): string {
  return JSON.stringify({ ...day, app: "mineral-gap" }, null, 2);
}

// ---- Share links: the day and profile in the URL, compact, nothing on the server ----

/** Version 3 adds days a week as a seventh item (with null recipe and dish when the food is no dish's). */
type CompactEntry = [foodId: string, meal: number, amount: number, portion: string | null, recipe?: string | null, dish?: string | null, perWeek?: number];
type CompactSupplement = [name: string, magnesium: number, potassium: number, calcium: number, count: number];
/** A share link's day. Version 1 links have no `s`; they open as the same day with no supplements. */
/** `p` gains the person's health conditions as a fifth item when they have any, and a small appetite as a sixth. */
/** Version 3: several days, or one not called "Day 1", are in `d` (label and entries each), with `e` empty. */
export type CompactDay = {
  v: number;
  p: [age: number, sex: string, lifeStage: string | null, standard: string, conditions?: string[], appetite?: string];
  e: (CompactEntry | DayEntry)[];
  d?: { l: string; e: (CompactEntry | DayEntry)[] }[];
  s?: CompactSupplement[];
};

function compactEntries(entries: readonly DayEntry[]): (CompactEntry | DayEntry)[] {
  return entries.map((e): CompactEntry => {
    const entry: [string, number, number, string | null] = [e.foodId, MEALS.indexOf(e.meal), e.amount, e.portion];
    const dish: [string | null, string | null] = e.recipe && e.dish ? [e.recipe, e.dish] : [null, null];
    if (e.perWeek !== undefined) return [...entry, ...dish, e.perWeek];
    return e.recipe && e.dish ? [...entry, e.recipe, e.dish] : entry;
  });
}

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
  const [first] = day.days;
  const oneDay = day.days.length === 1 && first!.label === defaultDayLabel(0);
  const compact: CompactDay = {
    v: DAY_VERSION,
    p: person,
    e: oneDay ? compactEntries(first!.entries) : [],
    ...(oneDay ? {} : { d: day.days.map((d) => ({ l: d.label, e: compactEntries(d.entries) })) }),
    ...(day.supplements.length > 0 ? { s: day.supplements.map((x): CompactSupplement => [x.name, x.magnesium, x.potassium, x.calcium, x.count]) } : {}),
  };
  return toBase64Url(JSON.stringify(compact));
}
