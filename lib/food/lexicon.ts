// Everyday names (data/lexicon.json, curated by hand): what people call a food ("OJ", "coke", "rice", "steak")
// mapped to the SR28 food they mean, in the form they eat it, with the amount "a" or "one" means. Validated once
// per process and looked up by normalised name.
import { processWide, readDataFile } from "./data";
import { LexiconFileSchema, type LexiconEntry, type LexiconFood } from "../schema/food";
import { nameKey } from "./words";

type Lexicon = { byName: ReadonlyMap<string, LexiconEntry>; byId: ReadonlyMap<string, LexiconFood>; entries: readonly LexiconEntry[] };

function loadLexicon(): Lexicon {
  return processWide("lexicon", () => {
    const { entries } = LexiconFileSchema.parse(readDataFile("lexicon.json"));
    const byName = new Map<string, LexiconEntry>();
    const byId = new Map<string, LexiconFood>();
    for (const entry of entries) {
      for (const name of entry.names) byName.set(nameKey(name), entry);
      if (entry.foodId !== null && !byId.has(entry.foodId)) byId.set(entry.foodId, entry);
    }
    return { byName, byId, entries };
  });
}

/** The entry for a name as a person types it ("Bananas", "OJ"), or undefined. */
export function lexiconEntry(name: string): LexiconEntry | undefined {
  return loadLexicon().byName.get(nameKey(name));
}

/** The entry for an already normalised key (see nameKey). */
export function lexiconEntryByKey(key: string): LexiconEntry | undefined {
  return loadLexicon().byName.get(key);
}

export function lexiconEntries(): readonly LexiconEntry[] {
  return loadLexicon().entries;
}

/** Every normalised name, for the splitter to keep "mac and cheese" whole. */
export function lexiconKeys(): Iterable<string> {
  return loadLexicon().byName.keys();
}

/** The first entry that maps to this food: its typical portion serves a food found through search too. */
export function lexiconEntryById(id: string): LexiconFood | undefined {
  return loadLexicon().byId.get(id);
}
