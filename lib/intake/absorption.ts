// Calcium and its absorption, for a food of the day: which study covers it (data/absorption.json, by SR28 id), its
// calcium as absorbed (milk-equivalent mg), how much of it counts toward the target (the one calcium figure), and the
// note a person reads when that differs from the labels'. The studies, their figures and citations, are in
// absorption-studies.ts.
import table from "@/data/absorption.json";
import { formatWhole, listWords } from "../format";
import { countedDiffers } from "./counted";
import { type CalciumAbsorption, NOT_MEASURED, STUDIES } from "./absorption-studies";

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

/**
 * How much of a food's label calcium counts toward the target. Reference intakes were set on ordinary mixed diets,
 * so label calcium counts as it is, except where a food's calcium is absorbed less well than milk's (spinach,
 * rhubarb, beans): it counts in proportion. No food counts for more than its label (bread and kale absorb at least
 * as well as milk, but the targets already assume a mixed diet's absorption).
 */
export function countedShare(foodId: string): number {
  return Math.min(1, calciumAbsorption(foodId).relative);
}

/** A food's calcium as it counts toward the target: calciumMg × countedShare. */
export function countedCalciumMg(foodId: string, calciumMg: number): number {
  return calciumMg * countedShare(foodId);
}

/** Why calcium is counted as it is, in plain words: said once, wherever the counted figure differs from the label's. */
export const COUNTED_CALCIUM_WHY =
  "Calcium targets were set for ordinary mixed diets, so calcium counts as on the label, except calcium the body absorbs poorly, as from spinach, rhubarb and beans, which counts for less; no food counts for more than its label.";

type CountedDay = {
  totals: { calcium: number };
  calciumCounted: number;
  contributions: readonly { foodId: string; calcium: number | null }[];
};

/**
 * The one note on calcium toward the target, where it differs from the labels: the two figures, the foods that count
 * for less with their share, why, and the studies (authors and year). Null when they are the same.
 */
export function countedCalciumNote(day: CountedDay): string | null {
  if (!countedDiffers(day)) return null;
  const less = new Map<string, CalciumAbsorption>();
  for (const c of day.contributions) {
    const a = calciumAbsorption(c.foodId);
    if ((c.calcium ?? 0) > 0 && a.relative < 1) less.set(a.basis, a);
  }
  const foods = [...less.values()].map((a) => `${a.basis} (about ${Math.round(a.relative * 100)}% of milk's)`);
  const sources = [...new Set([...less.values()].map((a) => shortCitation(a.source)))];
  return (
    `Calcium toward your target: ${formatWhole(day.calciumCounted)} mg of the ${formatWhole(day.totals.calcium)} mg on the labels. ` +
    `${COUNTED_CALCIUM_WHY}${foods.length > 0 ? ` Here that is ${listWords(foods)}.` : ""}` +
    `${sources.length > 0 ? ` ${sources.length > 1 ? "Sources" : "Source"}: ${sources.join("; ")}.` : ""}`
  );
}

/** "Heaney RP, Weaver CM, Recker RR. Calcium absorbability… 1988;47…" -> "Heaney et al. 1988". */
export function shortCitation(source: string): string {
  const author = /^([A-Z][\p{L}'-]+)/u.exec(source)?.[1];
  const year = /\b(19|20)\d{2}\b/.exec(source)?.[0];
  if (!author || !year) return source;
  const several = /^[^.]*,/.test(source);
  return `${author}${several ? " et al." : ""} ${year}`;
}
