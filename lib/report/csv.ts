// The day as a spreadsheet: one line per food and supplement, then the totals. RFC 4180 CSV with CRLF line ends
// and a UTF-8 byte-order mark, so Excel, Numbers and LibreOffice open it with the right columns and characters.
import { atLeastSentence, potassiumTargetNote } from "../analysis/sentences";
import { perWeekWords, round } from "../format";
import { countedCalciumNote } from "../intake/absorption";
import { MEAL_LABELS, MEALS, MINERALS } from "../constants";
import type { Analysis } from "../schema/analysis";
import type { Day } from "../schema/day";

export const CSV_HEADER = ["Meal", "Food", "NDB id", "Grams", "Magnesium mg", "Potassium mg", "Calcium mg"] as const;

/** A cell as text: quoted when it holds a comma, quote or line break; a leading = + - @ is defused (formula injection). */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = typeof value === "number" ? String(value) : value;
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const mg = (value: number | null) => (value === null ? null : round(value, 1));

/**
 * The CSV text for a day and its analysis (the analysis of exactly this day: one contribution per entry, in order).
 * Foods are listed by meal; an unknown USDA value is an empty cell, never 0; the totals line follows, with a note
 * naming the minerals whose total is only "at least" what is listed.
 */
export function dayCsv(day: Day, analysis: Analysis): string {
  const rows: (string | number | null)[][] = [[...CSV_HEADER]];
  const byMeal = MEALS.flatMap((meal) => day.entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => entry.meal === meal));
  for (const { entry, index } of byMeal) {
    const c = analysis.contributions[index];
    if (!c) continue;
    // An entry eaten some days a week: its grams and minerals are a typical day's share, and the name says so.
    const often = entry.perWeek ? `, ${perWeekWords(entry.perWeek)}: a typical day's share` : "";
    const name = `${entry.recipe ? `${c.name} (in ${entry.recipe})` : c.name}${often}`;
    rows.push([MEAL_LABELS[entry.meal], name, c.foodId, round(c.grams, 1), ...MINERALS.map((m) => mg(c[m]))]);
  }
  for (const s of day.supplements) {
    rows.push(["Supplement", `${s.name} (${s.count} a day)`, null, null, ...MINERALS.map((m) => mg(s[m] * s.count))]);
  }
  rows.push(["Total", "All foods and supplements", null, null, ...MINERALS.map((m) => mg(analysis.totals[m]))]);
  // Calcium toward the target, where it differs from the labels' (spinach, beans): its own line, and why in a note.
  const counted = countedCalciumNote(analysis);
  if (counted) rows.push(["Toward target", "Calcium as it counts toward the target", null, null, null, null, mg(analysis.calciumCounted)]);
  const atLeast = atLeastSentence(analysis);
  if (atLeast) rows.push(["Note", atLeast, null, null, null, null, null]);
  const held = potassiumTargetNote(day.profile.conditions);
  if (held) rows.push(["Note", held, null, null, null, null, null]);
  if (counted) rows.push(["Note", counted, null, null, null, null, null]);
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
