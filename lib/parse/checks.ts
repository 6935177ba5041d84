// The last stage of reading meal text: whether an amount can be an entry at all (zero, negative, too small to
// weigh, more than one entry holds), and which rows need the person's look before they are added (meals.ts).
import { amountCheckNote, plausibleGrams } from "../day/amount-check";
import { MAX_ENTRY_GRAMS, MAX_PORTION_AMOUNT } from "../constants";
import { foodRecordById } from "../food/foods";
import { parsedRows, rowIndices } from "./rows";
import type { ParsedEntryDraft } from "../schema/parse";

export const NOT_A_FOOD_EMOJI = "This emoji is not a food the app knows: type the food's name instead.";

/** Why "0 bananas" or "-200 g spinach" gives no entry. */
export function notAnAmount(count: number): string {
  return count === 0
    ? "An amount of 0 adds nothing: type how much you had, or leave this food out."
    : `A negative amount (${String(count).replace("-", "−")}) cannot be eaten: type how much you had.`;
}

/** Why these amounts cannot be entries: too little to weigh, or more than one entry holds; null when they can. */
export function amountProblem(quantities: ReadonlyArray<{ grams: number; amount: number }>): string | null {
  if (quantities.length === 0 || quantities.some((q) => !(q.grams > 0) || !(q.amount > 0))) return "The amount is too small to count: type how much you had.";
  if (quantities.some((q) => q.grams > MAX_ENTRY_GRAMS)) {
    return `More than ${MAX_ENTRY_GRAMS / 1000} kg of one food: type the amount you had.`;
  }
  return null;
}

/** An entry counts at most MAX_PORTION_AMOUNT of a measure ("150 almonds"): more is given in grams, the same weight. */
export function countable<Q extends { amount: number; portion: string | null; grams: number }>(quantity: Q): Q {
  if (quantity.portion === null || quantity.amount <= MAX_PORTION_AMOUNT) return quantity;
  return { ...quantity, amount: quantity.grams, portion: null };
}

/**
 * Why each row needs a look before it is added: "amount" when any of its foods is past what people eat at once (a
 * dish is one row: all its ingredients), else "food" when the match is not sure; null when it can be added as read.
 * The amount comes first: a closest match with an unlikely amount shows both, and the person confirms both at once.
 */
export function withChecks(entries: ParsedEntryDraft[]): ParsedEntryDraft[] {
  for (const row of parsedRows(entries).map((r) => rowIndices(r).map((i) => entries[i]!))) {
    const over = row.map((entry) => ({ entry, bound: boundOf(entry) })).find(({ entry, bound }) => entry.grams > bound);
    const check = over ? "amount" : row.some((entry) => entry.confidence === "low") ? "food" : null;
    for (const entry of row) entry.check = check;
    if (over) over.entry.note = [over.entry.note, amountCheckNote(over.entry.grams, over.bound)].filter(Boolean).join(" ");
  }
  return entries;
}

function boundOf(entry: ParsedEntryDraft): number {
  const food = foodRecordById(entry.foodId);
  return food ? plausibleGrams(food) : Infinity;
}
