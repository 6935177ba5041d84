// Matching a parse against a case: each expectation met by its own entry (or a dish by its own group of entries),
// and no entry left over.
import type { Case, Entry, Expect, Parsed } from "./foods";
import { parseMeals } from "../meals";

export const parse = (text: string): Parsed => parseMeals(text) as unknown as Parsed;

export type Slot = { id: string; covers: number[] };

export const inRange = (g: number, [lo, hi]: [number, number]) => Number.isFinite(g) && g >= lo - 1e-9 && g <= hi + 1e-9;
export const recipeOf = (e: Entry): string | null => (typeof e.recipe === "string" && e.recipe.length > 0 ? e.recipe : null);

export function describeExpect(x: Expect): string {
  if ("ids" in x) {
    const ids = x.ids.length > 6 ? `${x.ids.slice(0, 6).join(",")},… (${x.ids.length} ids)` : x.ids.join(",");
    return `food [${ids}] ${x.grams[0]}-${x.grams[1]} g${x.meal !== undefined ? ` meal=${x.meal}` : ""}`;
  }
  if ("dish" in x) return `dish ${x.dish} ${x.grams[0]}-${x.grams[1]} g${x.meal !== undefined ? ` meal=${x.meal}` : ""}`;
  return `unmatched or low-confidence ${x.unmatchedOrLow}`;
}

export function describeParsed(p: Parsed): string {
  const lines = p.entries.map(
    (e, i) =>
      `  [${i}] ${e.foodId} ${e.name} | ${Math.round(e.grams * 10) / 10} g | meal=${e.meal ?? "null"} | recipe=${
        recipeOf(e) ?? "null"
      } | ${e.confidence ?? "?"} | "${e.text}"${e.note ? ` | note: ${e.note}` : ""}`,
  );
  return `entries got:\n${lines.join("\n") || "  (none)"}\nunmatched: ${JSON.stringify(p.unmatched)}`;
}

export function checkCase(c: Case): { ok: boolean; message: string } {
  let parsed: Parsed;
  try {
    parsed = parse(c.text);
  } catch (err) {
    return { ok: false, message: `${c.who}: ${JSON.stringify(c.text)}\nparseMeals threw: ${String(err)}` };
  }
  const entries = parsed.entries ?? [];
  const unmatched = parsed.unmatched ?? [];

  const plain: Slot[] = [];
  const dishes = new Map<string, Slot & { recipe: string }>();
  entries.forEach((e, i) => {
    const recipe = recipeOf(e);
    if (recipe === null) {
      plain.push({ id: `e${i}`, covers: [i] });
      return;
    }
    const key = `${recipe}\u0000${e.meal ?? ""}`;
    const slot = dishes.get(key) ?? { id: `d:${key}`, covers: [], recipe };
    slot.covers.push(i);
    dishes.set(key, slot);
  });

  const candidates = (x: Expect): Slot[] => {
    if ("ids" in x) {
      return plain.filter((s) => {
        const e = entries[s.covers[0]!]!;
        return x.ids.includes(e.foodId) && inRange(e.grams, x.grams) && (x.meal === undefined || e.meal === x.meal);
      });
    }
    if ("dish" in x) {
      return [...dishes.values()].filter((d) => {
        const grams = d.covers.reduce((sum, i) => sum + entries[i]!.grams, 0);
        const mealOk = x.meal === undefined || d.covers.every((i) => entries[i]!.meal === x.meal);
        return x.dish.test(d.recipe) && inRange(grams, x.grams) && mealOk;
      });
    }
    const fromUnmatched = unmatched.flatMap((u, i) => (x.unmatchedOrLow.test(u) ? [{ id: `u${i}`, covers: [] }] : []));
    const fromLow = plain.filter((s) => {
      const e = entries[s.covers[0]!]!;
      return x.unmatchedOrLow.test(e.text) && e.confidence === "low" && typeof e.note === "string" && e.note.length > 0;
    });
    return [...fromUnmatched, ...fromLow];
  };

  const order = c.expect.map((x, k) => ({ x, k, cands: candidates(x) })).sort((a, b) => a.cands.length - b.cands.length);
  const used = new Set<string>();
  const covered = new Array<number>(entries.length).fill(0);
  let steps = 0;
  const search = (n: number): boolean => {
    if (++steps > 200_000) return false;
    if (n === order.length) return covered.every((k) => k > 0);
    for (const slot of order[n]!.cands) {
      if (used.has(slot.id)) continue;
      used.add(slot.id);
      slot.covers.forEach((i) => covered[i]!++);
      if (search(n + 1)) return true;
      slot.covers.forEach((i) => covered[i]!--);
      used.delete(slot.id);
    }
    return false;
  };
  if (search(0)) return { ok: true, message: "" };

  const missing = order.filter((o) => o.cands.length === 0).map((o) => `  - ${describeExpect(o.x)}`);
  const all = c.expect.map((x) => `  - ${describeExpect(x)}`);
  const why =
    missing.length > 0
      ? `no entry for:\n${missing.join("\n")}`
      : `every expectation has a candidate, but not with distinct entries covering all ${entries.length} entries (a leftover entry is a food that was not said)`;
  return {
    ok: false,
    message: `${c.who}: ${JSON.stringify(c.text)}\n${why}\nexpected:\n${all.join("\n")}\n${describeParsed({ entries, unmatched })}`,
  };
}

export const label = (c: Case) => `${c.who}: ${c.text.replace(/\s*\n\s*/g, " / ")}`.slice(0, 150);
