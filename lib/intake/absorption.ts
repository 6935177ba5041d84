// Calcium as absorbed, for a food of the day: which study covers it (data/absorption.json, by SR28 id), the day's
// calcium in milk-equivalent mg, and the sentence a person reads when that differs from the label's calcium. The
// studies themselves, their figures and citations, are in absorption-studies.ts.
import table from "@/data/absorption.json";
import { formatWhole, listWords } from "../format";
import { type CalciumAbsorption, NOT_MEASURED, STUDIES, SUPPLEMENT_CALCIUM_ABSORPTION } from "./absorption-studies";

type StudyKey = keyof typeof STUDIES;
const isStudy = (key: string): key is StudyKey => Object.hasOwn(STUDIES, key);

// SR28 NDB id → its study. A row naming no study is a mistake in the data file: it fails here, at load, not silently.
const FOODS: ReadonlyMap<string, CalciumAbsorption> = new Map(
  table.groups.flatMap((group) =>
    group.rows.map((row): [string, CalciumAbsorption] => {
      if (!isStudy(row.study)) throw new Error(`data/absorption.json: food ${row.id} names no study "${row.study}"`);
      return [row.id, STUDIES[row.study]];
    }),
  ),
);

/** How a food's calcium is absorbed relative to milk's, with the study behind the figure. */
export function calciumAbsorption(foodId: string): CalciumAbsorption {
  const row = FOODS.get(foodId);
  return { ...(row ?? NOT_MEASURED) };
}

/** A food's calcium in milk-equivalent mg: calciumMg × relative. */
export function absorbableCalciumMg(foodId: string, calciumMg: number): number {
  return calciumMg * calciumAbsorption(foodId).relative;
}

/** "Heaney RP, Weaver CM, Recker RR. Calcium absorbability… 1988;47…" -> "Heaney et al. 1988". */
export function shortCitation(source: string): string {
  const author = /^([A-Z][\p{L}'-]+)/u.exec(source)?.[1];
  const year = /\b(19|20)\d{2}\b/.exec(source)?.[0];
  if (!author || !year) return source;
  const several = /^[^.]*,/.test(source);
  return `${author}${several ? " et al." : ""} ${year}`;
}

type DayCalcium = {
  totals: { calcium: number };
  calciumAbsorbable: number;
  contributions: readonly { foodId: string; calcium: number | null }[];
  fromSupplements: { calcium: number };
};

/** Whether the day's calcium as absorbed differs from its label calcium by more than 10%: then the app says so. */
export const absorbedDiffers = (label: number, absorbed: number) => label > 0 && Math.abs(absorbed - label) > 0.1 * label;

/**
 * What a person reads when the day's calcium as absorbed differs from its label calcium by more than 10%: the two
 * figures, which foods make the difference, and the studies behind them. Null when they are within 10%.
 */
export function calciumAsAbsorbedNote(day: DayCalcium): { text: string; sources: string[] } | null {
  const label = day.totals.calcium;
  const absorbed = day.calciumAbsorbable;
  if (!absorbedDiffers(label, absorbed)) return null;
  const differing = day.contributions
    .filter((c) => (c.calcium ?? 0) > 0)
    .map((c) => calciumAbsorption(c.foodId))
    .filter((a) => a.measured && Math.abs(a.relative - 1) >= 0.1);
  const sources = [...new Set([...differing.map((a) => a.source), ...(day.fromSupplements.calcium > 0 ? [SUPPLEMENT_CALCIUM_ABSORPTION.source] : [])])];
  const less = [...new Set(differing.filter((a) => a.relative < 1).map((a) => a.basis))];
  const more = [...new Set(differing.filter((a) => a.relative > 1).map((a) => a.basis))];
  // The side that moves the total comes first: "less easily … (more easily from whole-wheat bread)".
  const [first, second] = absorbed < label ? [{ foods: less, how: "less" }, { foods: more, how: "more" }] : [{ foods: more, how: "more" }, { foods: less, how: "less" }];
  const because =
    first.foods.length > 0
      ? `, because the calcium in ${listWords(first.foods)} is absorbed ${first.how} easily than milk's${second.foods.length > 0 ? ` (in ${listWords(second.foods)}, ${second.how} easily)` : ""}`
      : "";
  return {
    text: `Calcium as absorbed: the day's ${formatWhole(label)} mg of calcium count as about ${formatWhole(absorbed)} mg of milk calcium${because}.`,
    sources,
  };
}

/** The calcium-as-absorbed note as a person reads it, on the page and in the report: the sentence and its studies. */
export function absorbedCalciumNote(day: DayCalcium): string | null {
  const note = calciumAsAbsorbedNote(day);
  if (!note) return null;
  return `${note.text} ${note.sources.length > 1 ? "Sources" : "Source"}: ${note.sources.map(shortCitation).join("; ")}.`;
}
