// Stage: naming. Each entry and alternative gets the short name a person reads (lib/food/everyday-names.ts), in
// British words when the text is British ("crisps" typed, "Potato crisps" read); `name` stays USDA's.
import { everydayName } from "../food/everyday-names";
import { foodRecordById } from "../food/foods";
import type { ParsedEntry, ParsedEntryDraft } from "../schema/parse";

export function withEverydayNames(entries: readonly ParsedEntryDraft[], british: boolean): ParsedEntry[] {
  const style = british ? "uk" : "us";
  const nameOf = (food: { foodId: string; name: string }) => {
    const record = foodRecordById(food.foodId);
    return record ? everydayName(record, style) : food.name;
  };
  return entries.map((entry) => ({
    ...entry,
    everydayName: nameOf(entry),
    alternatives: entry.alternatives.map((alt) => ({ ...alt, everydayName: nameOf(alt) })),
  }));
}
