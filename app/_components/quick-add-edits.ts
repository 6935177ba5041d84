// What the person changed in the quick add preview, and the day's entries the preview makes: plain data, kept
// apart from the preview's table (quick-add-preview.tsx) so that the table can load later than the page.
//
// Not sure means not added: a row the parser marked (`check`: a closest match, or an amount far past what people
// eat at once) is left out until the person confirms it, picks another food, or types the amount themselves. What
// is left out stays in the box, with its meal, for another try.
import { formatWhole } from "@/lib/format";
import { newEntryUid } from "@/lib/day/day";
import { NOT_AN_AMOUNT } from "@/lib/day/amount-check";
import { MAX_ENTRY_GRAMS, MAX_PORTION_AMOUNT } from "@/lib/constants";
import { parsedRows, rowIndices, type ParsedRow } from "@/lib/parse/rows";
import type { DayEntry, Meal } from "@/lib/schema/day";
import type { ParsedAlternative, ParsedEntry, ParseResponse } from "@/lib/schema/parse";

/** What the person changed in the preview, for the text it was made from. */
export type PreviewEdits = {
  forText: string;
  grams: Record<number, string>;
  removed: number[];
  /** Row index -> the alternative the person swapped to. */
  chosen: Record<number, ParsedAlternative>;
  /** Rows (by their first entry's index) the person confirmed as they are shown. */
  confirmed: number[];
};
export const noEdits = (forText: string): PreviewEdits => ({ forText, grams: {}, removed: [], chosen: {}, confirmed: [] });

export const firstIndex = (item: ParsedRow) => rowIndices(item)[0]!;

/** The food a row stands for now: the parsed one, or the alternative the person chose. */
export function shownFood(entry: ParsedEntry, edits: PreviewEdits, index: number): ParsedAlternative {
  return edits.chosen[index] ?? entry;
}

/** Grams typed in the preview that no entry can hold: nothing, zero or less, or more than one entry holds. */
export function badGrams(typed: string | undefined): string | null {
  if (typed === undefined) return null;
  const grams = Number(typed);
  if (typed.trim() === "" || !Number.isFinite(grams)) return "Enter the grams, a number.";
  if (grams <= 0) return `${NOT_AN_AMOUNT} Enter the grams you had, or leave this food out.`;
  if (grams > MAX_ENTRY_GRAMS) return `At most ${formatWhole(MAX_ENTRY_GRAMS)} g in one entry.`;
  return null;
}

export type RowState = {
  /** One food, or one dish with its ingredients. */
  item: ParsedRow;
  /** Why the row waits for the person (the amount first, then the food), or null when it will be added as shown. */
  waiting: "food" | "amount" | null;
  /** The person left it out. */
  removed: boolean;
  /** Grams typed for it that cannot be added, in words; null when they can. */
  gramsProblem: string | null;
  /** The person confirmed the row as it is shown. */
  confirmed: boolean;
};

/**
 * Each row and whether it will be added. A row the parser marked waits until the person settles each doubt: a
 * closest match by confirming it or picking another food, an unlikely amount by confirming it or typing the grams
 * (the person's own number, which the day asks about again if it is still far past the usual).
 */
export function rowStates(result: ParseResponse, edits: PreviewEdits): RowState[] {
  const removed = new Set(edits.removed);
  return parsedRows(result.entries).map((item) => {
    const indices = rowIndices(item);
    const first = firstIndex(item);
    const entries = indices.map((i) => result.entries[i]!);
    const confirmed = edits.confirmed.includes(first);
    const gramsProblem = indices.map((i) => badGrams(edits.grams[i])).find(Boolean) ?? null;
    const doubtsFood = entries.some((e) => e.check !== null && e.confidence === "low");
    const doubtsAmount = entries.some((e) => e.check === "amount");
    const foodSettled = confirmed || indices.some((i) => edits.chosen[i] !== undefined);
    const amountSettled = confirmed || (item.kind === "food" && edits.grams[first] !== undefined && gramsProblem === null);
    return {
      item,
      waiting: doubtsAmount && !amountSettled ? "amount" : doubtsFood && !foodSettled ? "food" : null,
      removed: indices.every((i) => removed.has(i)),
      gramsProblem,
      confirmed,
    };
  });
}

/** The rows that will be added as things stand. */
/**
 * Every row waiting only on a food or amount the app assumed ("food"), confirmed as shown; a row whose amount is past
 * what people eat at once ("amount") still waits for its own look.
 */
export function confirmAssumed(states: readonly RowState[], edits: PreviewEdits): PreviewEdits {
  const more = states.filter((s) => !s.removed && s.waiting === "food").map((s) => firstIndex(s.item));
  return { ...edits, confirmed: [...new Set([...edits.confirmed, ...more])] };
}

export const rowsToAdd = (states: readonly RowState[]) => states.filter((s) => !s.removed && s.waiting === null && s.gramsProblem === null);

export type Added = { entries: DayEntry[]; rows: number; waiting: RowState[] } | { problem: string };

/** The day's entries for what was typed: labelled meals where the text gave them, dishes kept together. */
export function toDayEntries(result: ParseResponse, edits: PreviewEdits, meal: Meal): Added {
  const states = rowStates(result, edits);
  if (states.some((s) => !s.removed && s.gramsProblem)) return { problem: "An amount in the preview cannot be added: fix the grams marked there, or leave that food out." };
  const adding = rowsToAdd(states);
  const entries: DayEntry[] = [];
  for (const { item, confirmed } of adding) {
    const dish = item.kind === "dish" ? newEntryUid() : undefined;
    for (const index of rowIndices(item)) {
      if (edits.removed.includes(index)) continue;
      entries.push(toEntry(result.entries[index]!, index, edits, meal, dish, confirmed));
    }
  }
  return { entries, rows: adding.length, waiting: states.filter((s) => !s.removed && s.waiting !== null) };
}

function toEntry(parsed: ParsedEntry, index: number, edits: PreviewEdits, meal: Meal, dish: string | undefined, rowConfirmed: boolean): DayEntry {
  const food = shownFood(parsed, edits, index);
  const base = {
    uid: newEntryUid(),
    meal: parsed.meal ?? meal,
    foodId: food.foodId,
    name: food.name,
    ...(parsed.recipe && dish ? { recipe: parsed.recipe, dish } : {}),
    // "salmon twice a week": one serving, eaten 2 days a week (the day counts it × perWeek ÷ 7); absent is every day.
    ...(parsed.perWeek ? { perWeek: parsed.perWeek } : {}),
    // The person confirmed this amount as it is, far past the usual: the day asks no more.
    ...(parsed.check === "amount" && rowConfirmed && edits.grams[index] === undefined ? { amountChecked: true as const } : {}),
  };
  const edited = edits.grams[index];
  if (edited !== undefined) return { ...base, amount: Number(edited), portion: null };
  // More of a measure than an entry counts (the API's limit) is the same weight in grams.
  if (food.portion !== null && food.amount > MAX_PORTION_AMOUNT) return { ...base, amount: food.grams, portion: null };
  return { ...base, amount: food.amount, portion: food.portion };
}
