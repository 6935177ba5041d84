// The day as a spreadsheet: one line per food and supplement, then the totals. RFC 4180 CSV with CRLF line ends
// and a UTF-8 byte-order mark, so Excel, Numbers and LibreOffice open it with the right columns and characters.
import { atLeastSentence, emptyDaysNote, potassiumTargetNote, USUAL_METHOD_NOTE, usualSentences } from "../analysis/sentences";
import { perWeekWords, round } from "../format";
import { countedCalciumNote } from "../intake/absorption";
import { MEAL_LABELS, MEALS, MINERAL_LABELS, MINERALS } from "../constants";
import type { Analysis } from "../schema/analysis";
import type { Day, DayEntry } from "../schema/day";
import { nameStyleFor, shownName, type NameStyle } from "../food/name-style";

/** "Food" is the everyday name a person reads; "USDA name" is USDA's full name for the same NDB id. */
export const CSV_HEADER = ["Meal", "Food", "NDB id", "Grams", "Magnesium mg", "Potassium mg", "Calcium mg", "USDA name"] as const;

/** A cell as text: quoted when it holds a comma, quote or line break; a leading = + - @ is defused (formula injection). */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = typeof value === "number" ? String(value) : value;
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const mg = (value: number | null) => (value === null ? null : round(value, 1));

type Cell = string | number | null;

/** One line per food of one day by meal (the analysis of exactly those entries: one contribution each, in order). */
function foodLines(entries: readonly DayEntry[], analysis: Analysis, style: NameStyle): Cell[][] {
  const byMeal = MEALS.flatMap((meal) => entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => entry.meal === meal));
  return byMeal.flatMap(({ entry, index }) => {
    const c = analysis.contributions[index];
    if (!c) return [];
    // An entry eaten some days a week: its grams and minerals are a typical day's share, and the name says so.
    const often = entry.perWeek ? `, ${perWeekWords(entry.perWeek)}: a typical day's share` : "";
    const everyday = shownName(c, style);
    const name = `${entry.recipe ? `${everyday} (in ${entry.recipe})` : everyday}${often}`;
    return [[MEAL_LABELS[entry.meal], name, c.foodId, round(c.grams, 1), ...MINERALS.map((m) => mg(c[m])), c.name]];
  });
}

/** The supplements (taken every day), the total line, calcium toward the target where it differs, and the notes. */
function closingLines(day: Day, analysis: Analysis, totalLabel: [string, string]): Cell[][] {
  const rows: Cell[][] = day.supplements.map((s) => ["Supplement", `${s.name} (${s.count} a day)`, null, null, ...MINERALS.map((m) => mg(s[m] * s.count))]);
  rows.push([...totalLabel, null, null, ...MINERALS.map((m) => mg(analysis.totals[m]))]);
  // Calcium toward the target, where it differs from the labels' (spinach, beans): its own line, and why in a note.
  const counted = countedCalciumNote(analysis);
  if (counted) rows.push(["Toward target", "Calcium as it counts toward the target", null, null, null, null, mg(analysis.calciumCounted)]);
  const atLeast = atLeastSentence(analysis);
  if (atLeast) rows.push(["Note", atLeast, null, null, null, null, null]);
  const held = potassiumTargetNote(day.profile.conditions);
  if (held) rows.push(["Note", held, null, null, null, null, null]);
  if (counted) rows.push(["Note", counted, null, null, null, null, null]);
  return rows;
}

/** Every line as wide as the header, so that each column is one thing in any spreadsheet. */
const csvText = (rows: Cell[][]) => {
  const width = Math.max(...rows.map((row) => row.length));
  const padded = rows.map((row) => [...row, ...Array<Cell>(width - row.length).fill(null)]);
  return `\uFEFF${padded.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
};

/**
 * The CSV text for a day of one recorded day and its analysis (of exactly that day: one contribution per entry, in
 * order). Foods are listed by meal; an unknown USDA value is an empty cell, never 0; the totals line follows, with a
 * note naming the minerals whose total is only "at least" what is listed.
 */
export function dayCsv(day: Day, analysis: Analysis): string {
  return csvText([[...CSV_HEADER], ...foodLines(day.days[0]!.entries, analysis, nameStyleFor(day.profile.standard)), ...closingLines(day, analysis, ["Total", "All foods and supplements"])]);
}

/**
 * Several recorded days: a Day column first; each day's foods by meal and its total (with the supplements, taken
 * every day), then the supplements, the average of the days and the notes, judged on the average. `perDay` holds each
 * day's own analysis, in order; `average` the analysis of their average.
 */
export function daysCsv(day: Day, perDay: readonly Analysis[], average: Analysis): string {
  const rows: Cell[][] = [["Day", ...CSV_HEADER]];
  day.days.forEach((d, index) => {
    const analysis = perDay[index];
    if (!analysis) return;
    for (const line of foodLines(d.entries, analysis, nameStyleFor(day.profile.standard))) rows.push([d.label, ...line]);
    rows.push([d.label, "Total", "All foods and supplements", null, null, ...MINERALS.map((m) => mg(analysis.totals[m]))]);
  });
  const label = `Average of ${average.usual?.days ?? day.days.length} days`;
  for (const line of closingLines(day, average, ["Average", "All foods and supplements, a day"])) rows.push([line[0] === "Supplement" ? "Every day" : label, ...line]);
  const empty = emptyDaysNote(day.days);
  if (empty) rows.push([label, "Note", empty, null, null, null, null, null]);
  // How sure the average is, mineral by mineral, in the words the page and the report use.
  const usual = average.usual;
  if (usual) {
    const sentences = usualSentences(usual, average.targets, day.profile.conditions);
    for (const m of MINERALS) rows.push([label, "How sure", `${MINERAL_LABELS[m]}: ${sentences[m]}`, null, null, null, null, null]);
    rows.push([label, "Note", USUAL_METHOD_NOTE, null, null, null, null, null]);
  }
  return csvText(rows);
}
