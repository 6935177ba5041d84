// What the person changed in the quick add preview, and the day's entries the preview makes: plain data, kept
// apart from the preview's table (quick-add-preview.tsx) so that the table can load later than the page.
import { newEntryUid } from "@/lib/day";
import { MAX_ENTRY_GRAMS } from "@/lib/constants";
import type { DayEntry, Meal, ParsedAlternative, ParsedEntry, ParseResponse } from "@/lib/schema";

/** What the person changed in the preview, for the text it was made from. */
export type PreviewEdits = {
  forText: string;
  grams: Record<number, string>;
  removed: number[];
  /** Row index -> the alternative the person swapped to. */
  chosen: Record<number, ParsedAlternative>;
};
export const noEdits = (forText: string): PreviewEdits => ({ forText, grams: {}, removed: [], chosen: {} });

/** A preview row: one food, or one dish with its ingredients. */
export type PreviewItem = { kind: "food"; index: number } | { kind: "dish"; recipe: string; text: string; indices: number[] };

/** Consecutive ingredients of the same dish from the same words make one dish row. */
export function previewItems(entries: readonly ParsedEntry[]): PreviewItem[] {
  const items: PreviewItem[] = [];
  entries.forEach((entry, index) => {
    const last = items[items.length - 1];
    if (entry.recipe === null) items.push({ kind: "food", index });
    else if (last?.kind === "dish" && last.recipe === entry.recipe && last.text === entry.text) last.indices.push(index);
    else items.push({ kind: "dish", recipe: entry.recipe, text: entry.text, indices: [index] });
  });
  return items;
}

/** The food a row stands for now: the parsed one, or the alternative the person chose. */
export function shownFood(entry: ParsedEntry, edits: PreviewEdits, index: number): ParsedAlternative {
  return edits.chosen[index] ?? entry;
}

/** The day's entries for what was typed: labelled meals where the text gave them, dishes kept together. */
export function toDayEntries(result: ParseResponse, edits: PreviewEdits, meal: Meal): DayEntry[] | null {
  const removed = new Set(edits.removed);
  const out: DayEntry[] = [];
  for (const item of previewItems(result.entries)) {
    const indices = item.kind === "food" ? [item.index] : item.indices;
    const dish = item.kind === "dish" ? newEntryUid() : undefined;
    for (const index of indices) {
      if (removed.has(index)) continue;
      const entry = toEntry(result.entries[index]!, index, edits, meal, dish);
      if (!entry) return null;
      out.push(entry);
    }
  }
  return out;
}

function toEntry(parsed: ParsedEntry, index: number, edits: PreviewEdits, meal: Meal, dish: string | undefined): DayEntry | null {
  const food = shownFood(parsed, edits, index);
  const base = {
    uid: newEntryUid(),
    meal: parsed.meal ?? meal,
    foodId: food.foodId,
    name: food.name,
    ...(parsed.recipe && dish ? { recipe: parsed.recipe, dish } : {}),
  };
  const edited = edits.grams[index];
  if (edited !== undefined) {
    const grams = Number(edited);
    if (!(grams > 0 && grams <= MAX_ENTRY_GRAMS)) return null;
    return { ...base, amount: grams, portion: null };
  }
  return { ...base, amount: food.amount, portion: food.portion };
}
