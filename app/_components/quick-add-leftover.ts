// What stays in the quick add box after adding, worked out only when something is left (with the day's structure,
// lib/parse/structure.ts, loaded then): apart from quick-add-edits.ts so that the how-often reader it needs
// (lib/parse/frequency.ts) is not in the page's first load.
import { MEAL_LABELS } from "@/lib/constants";
import { perWeekWords } from "@/lib/format";
import { readFrequency } from "@/lib/parse/frequency";
import { splitDay } from "@/lib/parse/structure";
import type { Meal } from "@/lib/schema/day";
import type { ParseResponse } from "@/lib/schema/parse";
import { firstIndex, type RowState } from "./quick-add-edits";

export { splitDay };

/**
 * What stays in the box after adding: the rows still waiting and the words not understood, each under its meal's
 * label ("Lunch: a samosa"), so that typing it again puts it where it was. `mealAt` gives the meal a label put the
 * text at a position in (lib/parse/structure.ts's fragments), for the words that made no entry.
 */
export function leftoverText(text: string, result: ParseResponse, waiting: readonly RowState[], mealAt: (position: number) => Meal | null): string {
  // Entries and unmatched words each come in the order typed: each list finds its words from where its last one was.
  const placed = (list: ReadonlyArray<{ words: string; meal: Meal | null | undefined }>) => {
    let cursor = 0;
    return list.map(({ words, meal }) => {
      let at = text.indexOf(words, cursor);
      if (at < 0) at = text.indexOf(words);
      else cursor = at + words.length;
      return { at, words, meal: meal === undefined ? (at >= 0 ? mealAt(at) : null) : meal };
    });
  };
  const left = new Set(waiting.map((s) => firstIndex(s.item)));
  const waitingEntries = result.entries.filter((_, index) => left.has(index));
  const rows = placed(waitingEntries.map((entry) => ({ words: entry.text, meal: entry.meal })));
  // Words not understood inside a row still waiting ("4pm 10 almonds 👍") go back with that row, not twice.
  const inRow = (at: number) => rows.some((row) => row.at >= 0 && at >= row.at && at < row.at + row.words.length);
  // How often goes back too when the row's words do not say it ("Fridays: pizza" is "pizza 1 day a week").
  const shown = rows.map((row, k) => {
    const perWeek = waitingEntries[k]!.perWeek;
    return { ...row, words: perWeek && readFrequency(row.words).perWeek === null ? `${row.words} ${perWeekWords(perWeek)}` : row.words };
  });
  const items = [...shown, ...placed(result.unmatched.map((words) => ({ words, meal: undefined }))).filter((item) => !inRow(item.at))];
  items.sort((a, b) => a.at - b.at);
  const groups: Array<{ meal: Meal | null; words: string[] }> = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.meal === item.meal) last.words.push(item.words);
    else groups.push({ meal: item.meal, words: [item.words] });
  }
  return groups.map((g) => (g.meal ? `${MEAL_LABELS[g.meal]}: ${g.words.join(", ")}` : g.words.join(", "))).join("\n");
}

/** The meal a label in the text put each position in, from the day's fragments (lib/parse/structure.ts's splitDay). */
export function mealAtFrom(fragments: ReadonlyArray<{ start: number; end: number; meal: Meal | null }>): (position: number) => Meal | null {
  return (position) => fragments.find((f) => position >= f.start && position < f.end)?.meal ?? fragments.filter((f) => f.start <= position).pop()?.meal ?? null;
}
