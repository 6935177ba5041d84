/**
 * Independent test corpus for parseMeals.
 *
 * Every expectation below was worked out by hand from USDA SR28 (the reference copy in
 * /work/shared/reference: usda-sr28-minerals.csv for the food ids, usda-sr28-portions.csv for the
 * household measures), not from the parser or its lexicon. Comments give the SR28 measure used.
 *
 * Rules for the gram ranges:
 *  - an amount the person states exactly (g, oz, fl oz, ml, a cup of a food whose cup SR28 gives): +/-10 %
 *    around the SR28 weight (when acceptable foods differ in cup weight, the band spans them);
 *  - an unstated portion: a range a dietitian would accept ("a" = the medium / standard unit).
 *
 * Matching: each Expect must be met by its own entry (or, for a dish, its own group of entries sharing a
 * recipe name), and no entry may be left over: a leftover entry is a food the person did not say.
 *
 * The cases are in corpus/: the acceptable foods (foods.ts), single phrases (single.ts), whole days (days-1.ts,
 * days-2.ts), and how a parse is matched against a case (match.ts).
 */
import { describe, expect, it } from "vitest";
import { DAYS_1 } from "./corpus/days-1";
import { DAYS_2 } from "./corpus/days-2";
import { CHICKEN_BREAST, COFFEE, type Case, EGG_RAW, EGG_SCRAMBLED, EYE_ROUND, LENTILS, type Parsed, RICE_COOKED, SKIM, TUNA_CANNED, WHITE_RICE_RAW } from "./corpus/foods";
import { checkCase, describeParsed, label, parse } from "./corpus/match";
import { SINGLE } from "./corpus/single";

const CASES: Case[] = [...SINGLE, ...DAYS_1, ...DAYS_2];

// ---------------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------------
describe("parseMeals corpus: each case", () => {
  it.each(CASES.map((c) => [label(c), c] as const))("%s", (_name, c) => {
    const r = checkCase(c);
    expect(r.ok, r.message).toBe(true);
  });
});

describe("parseMeals corpus: properties", () => {
  const texts = [...new Set(CASES.map((c) => c.text))];

  it("every entry has confidence high|low, at most 3 alternatives, none equal to its own food", () => {
    const problems: string[] = [];
    for (const text of texts) {
      let parsed: Parsed;
      try {
        parsed = parse(text);
      } catch (err) {
        problems.push(`${JSON.stringify(text)}: threw ${String(err)}`);
        continue;
      }
      for (const e of parsed.entries) {
        if (e.confidence !== "high" && e.confidence !== "low") problems.push(`${JSON.stringify(e.text)}: confidence ${String(e.confidence)}`);
        if (!Array.isArray(e.alternatives)) problems.push(`${JSON.stringify(e.text)}: alternatives missing`);
        else {
          if (e.alternatives.length > 3) problems.push(`${JSON.stringify(e.text)}: ${e.alternatives.length} alternatives`);
          if (e.alternatives.some((a) => a.foodId === e.foodId)) problems.push(`${JSON.stringify(e.text)}: alternative repeats ${e.foodId}`);
        }
        if (e.confidence === "low" && !e.note) problems.push(`${JSON.stringify(e.text)}: low confidence without a note`);
        if (!(e.grams > 0)) problems.push(`${JSON.stringify(e.text)}: grams ${e.grams}`);
      }
    }
    expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
  });

  it('"rice" is cooked rice; "raw", "uncooked" and "dry" rice is raw', () => {
    const one = (text: string) => {
      const p = parse(text);
      expect(p.entries, `${text}\n${describeParsed(p)}`).toHaveLength(1);
      return p.entries[0]!;
    };
    const RAW = [...WHITE_RICE_RAW, "20036", "20040"]; // + brown raw
    for (const text of ["rice", "1 cup of rice", "1 cup rice", "a bowl of rice", "1 cup cooked rice"]) {
      const e = one(text);
      expect(RICE_COOKED, `${text} -> ${e.foodId} ${e.name}`).toContain(e.foodId);
    }
    for (const text of ["1 cup raw rice", "1 cup uncooked rice", "1 cup dry rice", "1 cup of uncooked white rice"]) {
      const e = one(text);
      expect(RAW, `${text} -> ${e.foodId} ${e.name}`).toContain(e.foodId);
      expect(e.grams, `${text}: SR28 raw rice cup 185-200 g`).toBeGreaterThanOrEqual(166);
      expect(e.grams).toBeLessThanOrEqual(220);
    }
    const cup = one("1 cup cooked rice");
    expect(cup.grams, "cooked rice cup 158-186 g").toBeGreaterThanOrEqual(142);
    expect(cup.grams).toBeLessThanOrEqual(205);
  });

  it("text that is only meal labels or punctuation gives no entries and no food in unmatched", () => {
    for (const text of ["Breakfast: Lunch: Dinner:", "...", "- - -", "Breakfast:\nLunch:\nDinner:\nSnack:", "  ,  ;  ", "lunch -"]) {
      const p = parse(text);
      expect(p.entries, `${JSON.stringify(text)}\n${describeParsed(p)}`).toEqual([]);
      const leftover = p.unmatched
        .map((u) => u.toLowerCase().replace(/\b(breakfast|lunch|dinner|snacks?)\b/g, "").replace(/[\s\p{P}\p{S}]+/gu, ""))
        .filter((u) => u.length > 0);
      expect(leftover, `${JSON.stringify(text)}: unmatched ${JSON.stringify(p.unmatched)}`).toEqual([]);
    }
  });

  it("a qualifier after a comma refines the food before it and makes no second entry", () => {
    const cases: Array<[string, string[]]> = [
      ["1 cup milk, fat-free", SKIM],
      ["3 oz beef, eye of the round", EYE_ROUND],
      ["a can of tuna, drained", TUNA_CANNED],
      ["1 cup red lentils, cooked", LENTILS],
      ["coffee, black", COFFEE],
      ["2 eggs, scrambled", [...EGG_SCRAMBLED, ...EGG_RAW]],
      ["1 cup yogurt, plain, low-fat", ["01117"]],
      ["chicken breast, grilled, 4 oz", CHICKEN_BREAST],
      ["1 cup rice, uncooked", [...WHITE_RICE_RAW, "20036", "20040"]],
    ];
    for (const [text, ids] of cases) {
      const p = parse(text);
      expect(p.entries, `${text}\n${describeParsed(p)}`).toHaveLength(1);
      expect(ids, `${text} -> ${p.entries[0]!.foodId} ${p.entries[0]!.name}`).toContain(p.entries[0]!.foodId);
    }
  });

  it('"oat milk" and "coconut yogurt" never come back as a high-confidence different food', () => {
    const cases: Array<[string, RegExp]> = [
      ["oat milk", /oat/i],
      ["a glass of oat milk", /oat/i],
      ["1 cup oat milk", /oat/i],
      ["coconut yogurt", /coconut/i],
      ["150g coconut yogurt", /coconut/i],
      ["a pot of coconut yogurt", /coconut/i],
    ];
    for (const [text, re] of cases) {
      const p = parse(text);
      const msg = `${text}\n${describeParsed(p)}`;
      expect(p.entries.filter((e) => e.confidence !== "low"), msg).toEqual([]);
      const flagged = p.unmatched.some((u) => re.test(u)) || p.entries.some((e) => re.test(e.text) && !!e.note);
      expect(flagged, msg).toBe(true);
    }
  });

  it("entries carry meal null when the text gives no meal label", () => {
    for (const text of ["a banana", "2 eggs, scrambled", "coffee with a splash of milk", "a turkey sandwich", "2 pork chops and rice"]) {
      const p = parse(text);
      expect(p.entries.length, `${text}\n${describeParsed(p)}`).toBeGreaterThan(0);
      expect(p.entries.map((e) => e.meal), `${text}\n${describeParsed(p)}`).toEqual(p.entries.map(() => null));
    }
  });
});

describe("parseMeals corpus: pass rate", () => {
  it("runs every case and reports the pass rate", () => {
    const failed: string[] = [];
    for (const c of CASES) if (!checkCase(c).ok) failed.push(label(c));
    const passed = CASES.length - failed.length;
    const rate = `${passed}/${CASES.length} cases pass (${((100 * passed) / CASES.length).toFixed(1)} %)`;
    console.log(`[parse corpus] ${rate}`);
    expect(failed, `${rate}; failing:\n${failed.join("\n")}`).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The corpus itself is well formed (does not depend on the parser)
// ---------------------------------------------------------------------------------------------------------
describe("parseMeals corpus: well formed", () => {
  it("has at least 170 cases, with sane ranges and real SR28 ids", async () => {
    const { default: table } = await import("@/data/foods.json");
    const known = new Set((table as { foods: Array<{ id: string }> }).foods.map((x) => x.id));
    expect(CASES.length).toBeGreaterThanOrEqual(170);
    const bad: string[] = [];
    for (const c of CASES) {
      if (c.expect.length === 0) bad.push(`${c.text}: no expectations`);
      for (const x of c.expect) {
        if ("grams" in x && !(x.grams[0] > 0 && x.grams[0] <= x.grams[1])) bad.push(`${c.text}: range ${x.grams.join("-")}`);
        if ("ids" in x) for (const id of x.ids) if (!known.has(id)) bad.push(`${c.text}: unknown id ${id}`);
      }
    }
    expect(bad).toEqual([]);
  }, 30_000); // importing the 2.7 MB table through Vite takes seconds on a busy machine
});
