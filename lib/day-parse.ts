// Reading a day that comes from outside the page: a saved day, an imported file, a share link. This is the one part
// of the day that needs the validator (lib/day-schema.ts, zod/mini), so the page loads it only when it has such a
// day to read.
import { MEALS } from "./constants";
import type { CompactDay } from "./day";
import { DaySchema, type Day } from "./day-schema";

export type DayParse = { ok: true; day: Day } | { ok: false; message: string };

/** Reads a saved or imported day; every problem becomes a message a person can act on, never an exception. */
export function parseDay(text: string): DayParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: "It is not valid JSON." };
  }
  const parsed = DaySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? ` (at ${issue.path.join(".")})` : "";
    return { ok: false, message: `${issue.message}${where}.` };
  }
  return { ok: true, day: parsed.data };
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function decodeShare(encoded: string): DayParse {
  let compact: CompactDay;
  try {
    compact = JSON.parse(fromBase64Url(encoded)) as CompactDay;
    if (!compact || !Array.isArray(compact.p) || !Array.isArray(compact.e) || (compact.s !== undefined && !Array.isArray(compact.s))) throw new Error("shape");
  } catch {
    return { ok: false, message: "The shared link is damaged or incomplete." };
  }
  const [ageYears, sex, lifeStage, standard] = compact.p;
  const day = {
    version: compact.v,
    profile: { ageYears, sex, lifeStage, standard },
    entries: compact.e.map((e, index) =>
      Array.isArray(e)
        ? { uid: `shared-${index}`, foodId: e[0], meal: MEALS[e[1]], amount: e[2], portion: e[3], ...(e.length >= 6 ? { recipe: e[4], dish: e[5] } : {}) }
        : e,
    ),
    ...(compact.s ? { supplements: compact.s.map((x) => (Array.isArray(x) ? { name: x[0], magnesium: x[1], potassium: x[2], calcium: x[3], count: x[4] } : x)) } : {}),
  };
  return parseDay(JSON.stringify(day));
}
