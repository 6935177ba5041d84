// Reading a day that comes from outside the page: a saved day, an imported file, a share link. This is the one part
// of the day that needs the validator (lib/schema/day.ts, zod/mini), so the page loads it only when it has such a
// day to read.
//
// Nothing a person kept is lost here. What can be repaired without guessing is repaired (a number typed as text, a
// missing or repeated entry id, "Lunch" for "lunch"); a profile field that cannot be read falls back to the one
// given, and says so; an entry or supplement that cannot be read is set aside, kept as it was with the reason in
// plain words, for the person to fix or drop. Only text that is no day at all (not JSON, not an object, a newer
// version) is refused, and then the caller leaves it where it is.
import { APPETITES, CONDITIONS, DAY_VERSION, MEALS, lifeStageApplies, AGE_YEARS, LIFE_STAGE_AGES, SEXES, STANDARDS, LIFE_STAGES, SUPPLEMENT_LIMITS } from "../constants";
import { defaultDayLabel, type CompactDay } from "./day";
import { readDays, readEntries, uniqueUids } from "./read-foods";
import { asNumber, isObject, oneOfLoose, readList, shown } from "./read-values";
import { DaySchema, SetAsideSchema, SupplementSchema, type Condition, type Day, type Profile, type SetAside, type Supplement } from "../schema/day";

// Reading one food of a day is read-foods.ts's; the page's "put back" form calls it through this module.
export { readEntry } from "./read-foods";

/** A day read back: repaired where it could be, what was set aside (also in `day.setAside`) and what was changed. */
export type DayRead =
  | { ok: true; day: Day; setAside: SetAside[]; repairs: string[] }
  | { ok: false; message: string };

const FALLBACK_PROFILE: Profile = { ageYears: 35, sex: "female", lifeStage: null, standard: "us" };

/** Reads a saved or imported day's text; every problem becomes words a person can act on, never an exception. */
export function readDay(text: string, fallback: Profile = FALLBACK_PROFILE): DayRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: "It is not valid JSON." };
  }
  return readDayData(data, fallback);
}

/** A day's data, repaired where it can be; see the top of this file. */
export function readDayData(data: unknown, fallback: Profile = FALLBACK_PROFILE): DayRead {
  if (!isObject(data)) return { ok: false, message: "It is not a Mineral Gap day: a saved day is a JSON object with a profile and a list of foods." };
  if (data.app !== undefined && data.app !== "mineral-gap") return { ok: false, message: "It is not a Mineral Gap day." };
  const version = data.version;
  if (version !== undefined && version !== 1 && version !== 2 && version !== DAY_VERSION) {
    return { ok: false, message: `It was saved by another version of Mineral Gap (version ${shown(version)}); this page reads versions 1 to ${DAY_VERSION}.` };
  }
  if (data.profile === undefined && data.entries === undefined && data.days === undefined) {
    return { ok: false, message: "It is not a Mineral Gap day: it has neither a profile nor a list of foods." };
  }

  const repairs: string[] = [];
  const setAside: SetAside[] = keptSetAside(data.setAside);
  const profile = readProfile(data.profile, fallback, repairs);
  // Versions 1 and 2 held one day's `entries`: it is the one day, "Day 1".
  const days = data.days === undefined ? [{ label: defaultDayLabel(0), entries: readEntries(data.entries, setAside) }] : readDays(data.days, setAside, repairs);
  // A version 1 day was saved before supplements: it has none.
  const supplements = version === 1 ? [] : readSupplements(data.supplements, setAside);
  const day: Day = {
    app: "mineral-gap",
    version: DAY_VERSION,
    profile,
    days: uniqueUids(days),
    supplements,
    ...(setAside.length > 0 ? { setAside } : {}),
  };
  // Every part was checked above; this is the guard that the whole is what the page and the API accept.
  const checked = DaySchema.safeParse(day);
  if (!checked.success) return { ok: false, message: "It could not be read as a day." };
  const fresh = setAside.slice(keptCount(data.setAside));
  return { ok: true, day: checked.data, setAside: fresh, repairs };
}

// ---- Profile --------------------------------------------------------------------------------------------------

function readProfile(raw: unknown, fallback: Profile, repairs: string[]): Profile {
  if (!isObject(raw)) {
    repairs.push(`Its details (age, sex, standard) could not be read, so yours are used: check them under About you.`);
    return fallback;
  }
  let ageYears = asNumber(raw.ageYears);
  if (ageYears === undefined || !Number.isInteger(ageYears) || ageYears < AGE_YEARS.min || ageYears > AGE_YEARS.max) {
    repairs.push(`Its age (${shown(raw.ageYears)}) is not a whole number of years from ${AGE_YEARS.min} to ${AGE_YEARS.max}, so ${fallback.ageYears} is used: change it under About you.`);
    ageYears = fallback.ageYears;
  }
  let sex = oneOfLoose(SEXES, raw.sex);
  if (!sex) {
    repairs.push(`Its sex (${shown(raw.sex)}) is not female or male, so ${fallback.sex} is used: change it under About you.`);
    sex = fallback.sex;
  }
  let standard = raw.standard === undefined ? "us" : oneOfLoose(STANDARDS, raw.standard);
  if (!standard) {
    repairs.push(`Its reference standard (${shown(raw.standard)}) is not one this page has, so ${fallback.standard.toUpperCase()} is used.`);
    standard = fallback.standard;
  }
  let lifeStage = raw.lifeStage === undefined || raw.lifeStage === null ? null : (oneOfLoose(LIFE_STAGES, raw.lifeStage) ?? null);
  if (raw.lifeStage !== undefined && raw.lifeStage !== null && lifeStage === null) {
    repairs.push(`Its life stage (${shown(raw.lifeStage)}) is not pregnant or breastfeeding, so neither is used.`);
  }
  if (lifeStage !== null && !lifeStageApplies(sex, ageYears)) {
    repairs.push(`Pregnancy and breastfeeding apply to women aged ${LIFE_STAGE_AGES.min} to ${LIFE_STAGE_AGES.max}, so neither is used.`);
    lifeStage = null;
  }
  const conditions = readConditions(raw.conditions, repairs);
  const appetite = raw.appetite === undefined || raw.appetite === null ? "usual" : oneOfLoose(APPETITES, raw.appetite);
  if (!appetite) repairs.push(`Its appetite (${shown(raw.appetite)}) is not usual or small, so usual portions are used: change it under About you.`);
  // A new day's age not yet said by the person stays unsaid, so that the page keeps asking (absent: said).
  const unsaid = raw.ageGiven === false ? { ageGiven: false } : {};
  return { ageYears, sex, lifeStage, standard, ...unsaid, ...(conditions.length > 0 ? { conditions } : {}), ...(appetite === "small" ? { appetite } : {}) };
}

/** The health conditions a saved day gives: each one this page knows, once; anything else is dropped, and said. */
function readConditions(raw: unknown, repairs: string[]): Condition[] {
  if (raw === undefined || raw === null) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  const known = CONDITIONS.filter((c) => list.includes(c));
  const unknown = list.filter((c) => !CONDITIONS.includes(c as Condition));
  if (unknown.length > 0) repairs.push(`Its health conditions include ${unknown.map(shown).join(", ")}, which this page does not know, so they are left out: check them under About you.`);
  return known;
}

// ---- Supplements ----------------------------------------------------------------------------------------------

function readSupplements(raw: unknown, setAside: SetAside[]): Supplement[] {
  return readList(raw, "supplement", "supplements", SUPPLEMENT_LIMITS.items, (item, index) => {
    const read = readSupplement(item, index);
    return read.ok ? { ok: true, value: read.supplement, label: read.supplement.name } : read;
  }, setAside);
}

type SupplementRead = { ok: true; supplement: Supplement } | { ok: false; label: string; reason: string };

/** One supplement, with numbers typed as text read as numbers; else the reason it is set aside. */
export function readSupplement(raw: unknown, index = 0): SupplementRead {
  const label = isObject(raw) && typeof raw.name === "string" && raw.name.trim() ? raw.name.trim().slice(0, 80) : `Supplement ${index + 1} of the list`;
  if (!isObject(raw)) return { ok: false, label, reason: "It is not a supplement." };
  const numbers = Object.fromEntries(
    (["magnesium", "potassium", "calcium", "count"] as const).map((key) => [key, asNumber(raw[key]) ?? raw[key]]),
  );
  const parsed = SupplementSchema.safeParse({ name: raw.name, ...numbers });
  if (parsed.success) return { ok: true, supplement: parsed.data };
  // The supplement's own messages are written for people ("count must be at most 20 units a day").
  const message = parsed.error.issues[0]?.message ?? "It could not be read";
  return { ok: false, label, reason: `${message[0]!.toUpperCase()}${message.slice(1)}.` };
}

// ---- What was set aside before --------------------------------------------------------------------------------

/** The set-aside parts a saved day already carries: kept as they are, whatever their shape. */
function keptSetAside(raw: unknown): SetAside[] {
  if (raw === undefined) return [];
  const items = Array.isArray(raw) ? raw : [raw];
  return items.map((item): SetAside => {
    const parsed = SetAsideSchema.safeParse(item);
    return parsed.success ? parsed.data : { kind: "food", item, label: "Something set aside earlier", reason: "It could not be read." };
  });
}
const keptCount = (raw: unknown) => (raw === undefined ? 0 : Array.isArray(raw) ? raw.length : 1);

// ---- Share links ----------------------------------------------------------------------------------------------

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** A share link's entries as a saved day's: a compact row is [foodId, meal index, amount, portion, recipe?, dish?]. */
function sharedEntries(entries: CompactDay["e"], prefix: string): unknown[] {
  return entries.map((e, index) =>
    Array.isArray(e)
      ? {
          uid: `${prefix}-${index}`,
          foodId: e[0],
          meal: typeof e[1] === "number" ? MEALS[e[1]] : e[1],
          amount: e[2],
          portion: e[3],
          ...(e.length >= 6 && e[4] !== null && e[5] !== null ? { recipe: e[4], dish: e[5] } : {}),
          ...(e.length >= 7 ? { perWeek: e[6] } : {}),
        }
      : e,
  );
}

/** The day in a share link (?day=…), read like a saved day; the profile falls back to `fallback` where it must. */
export function decodeShare(encoded: string, fallback: Profile = FALLBACK_PROFILE): DayRead {
  let compact: CompactDay;
  try {
    compact = JSON.parse(fromBase64Url(encoded)) as CompactDay;
    if (!compact || !Array.isArray(compact.p) || !Array.isArray(compact.e) || (compact.s !== undefined && !Array.isArray(compact.s)) || (compact.d !== undefined && !Array.isArray(compact.d))) throw new Error("shape");
  } catch {
    return { ok: false, message: "The shared link is damaged or incomplete." };
  }
  const [ageYears, sex, lifeStage, standard, conditions, appetite] = compact.p;
  const day = {
    version: compact.v,
    profile: { ageYears, sex, lifeStage, standard, ...(conditions !== undefined ? { conditions } : {}), ...(appetite !== undefined ? { appetite } : {}) },
    ...(compact.d
      ? { days: compact.d.map((d, day) => (isObject(d) ? { label: d.l, entries: Array.isArray(d.e) ? sharedEntries(d.e, `shared-${day}`) : d.e } : d)) }
      : { entries: sharedEntries(compact.e, "shared") }),
    ...(compact.s ? { supplements: compact.s.map((x) => (Array.isArray(x) ? { name: x[0], magnesium: x[1], potassium: x[2], calcium: x[3], count: x[4] } : x)) } : {}),
  };
  return readDayData(day, fallback);
}
