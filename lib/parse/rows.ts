// The rows of quick add's answer as a person sees them: each food on its own, and each dish (consecutive ingredients
// of the same dish from the same words) as one row. The parser marks a whole row for a look; the preview shows rows.
import type { ParsedEntryDraft } from "../schema/parse";

export type ParsedRow = { kind: "food"; index: number } | { kind: "dish"; recipe: string; text: string; indices: number[] };

export function parsedRows(entries: readonly Pick<ParsedEntryDraft, "recipe" | "text">[]): ParsedRow[] {
  const rows: ParsedRow[] = [];
  entries.forEach((entry, index) => {
    const last = rows[rows.length - 1];
    if (entry.recipe === null) rows.push({ kind: "food", index });
    else if (last?.kind === "dish" && last.recipe === entry.recipe && last.text === entry.text) last.indices.push(index);
    else rows.push({ kind: "dish", recipe: entry.recipe, text: entry.text, indices: [index] });
  });
  return rows;
}

/** The entries of a row, by index. */
export const rowIndices = (row: ParsedRow): number[] => (row.kind === "food" ? [row.index] : row.indices);
