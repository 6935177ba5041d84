// Reading a day that comes from outside the page: a saved day, an imported file, a share link. This is the one part
// of the day that needs the validator (lib/schema/day.ts, zod/mini), so the page loads it only when it has such a
// day to read.
//
// Nothing a person kept is lost here. What can be repaired without guessing is repaired (a number typed as text, a
// missing or repeated entry id, "Lunch" for "lunch"); a profile field that cannot be read falls back to the one
// given, and says so; an entry or supplement that cannot be read is set aside, kept as it was with the reason in
// plain words, for the person to fix or drop. Only text that is no day at all (not JSON, not an object, a newer
// version) is refused, and then the caller leaves it where it is.
import { APPETITES, CONDITIONS, DAY_VERSION, DAYS_A_WEEK, MAX_DAY_LABEL_CHARS, MAX_DAYS, MAX_ENTRIES, MAX_ENTRY_GRAMS, MAX_PORTION_AMOUNT, MEALS, lifeStageApplies, AGE_YEARS, LIFE_STAGE_AGES, SEXES, STANDARDS, LIFE_STAGES, SUPPLEMENT_LIMITS } from "../constants";
import { defaultDayLabel, type CompactDay } from "./day";
import { DayEntrySchema, DaySchema, SetAsideSchema, SupplementSchema, type Condition, type Day, type DayEntry, type Profile, type RecordedDay, type SetAside, type Supplement } from "../schema/day";

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

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);

/** A value as a person would read it in a sentence: "0", "“brunch”", "nothing". */
function shown(value: unknown): string {
  if (value === undefined || value === null || value === "") return "nothing";
  if (typeof value === "number") return Number.isFinite(value) ? value.toLocaleString("en-US", { maximumFractionDigits: 4 }) : "not a number";
  if (typeof value === "string") return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
  return typeof value === "object" ? "a list or object" : String(value);
}

/** A number, or a number typed as text ("120"); anything else is undefined. */
function asNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** One of `options`, ignoring case and spaces ("Lunch " is "lunch"); else undefined. */
function oneOfLoose<T extends string>(options: readonly T[], value: unknown): T | undefined {
  if (typeof value !== "string") return undefined;
  const wanted = value.trim().toLowerCase();
  return options.find((option) => option === wanted);
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
  return { ageYears, sex, lifeStage, standard, ...(conditions.length > 0 ? { conditions } : {}), ...(appetite === "small" ? { appetite } : {}) };
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

// ---- Foods ----------------------------------------------------------------------------------------------------

let uidCounter = 0;
const freshUid = () => `r${Date.now().toString(36)}-${(uidCounter++).toString(36)}`;

/**
 * A day's list of foods or supplements, each read by `readOne`: what it cannot read, and what passes the most a day
 * holds, is set aside with the reason; a list that is no list is set aside whole.
 */
function readList<T>(
  raw: unknown,
  kind: SetAside["kind"],
  what: string,
  most: number,
  readOne: (item: unknown, index: number) => { ok: true; value: T; label: string } | { ok: false; label: string; reason: string },
  setAside: SetAside[],
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    setAside.push({ kind, item: raw, label: `The list of ${what}`, reason: `It is not a list of ${what}, so none of it could be read.` });
    return [];
  }
  const values: T[] = [];
  raw.forEach((item, index) => {
    const read = readOne(item, index);
    if (!read.ok) setAside.push({ kind, item, label: read.label, reason: read.reason });
    else if (values.length >= most) setAside.push({ kind, item, label: read.label, reason: `A day holds at most ${most} ${what}.` });
    else values.push(read.value);
  });
  return values;
}

function readEntries(raw: unknown, setAside: SetAside[]): DayEntry[] {
  return readList(raw, "food", "foods", MAX_ENTRIES, (item, index) => {
    const read = readEntry(item, index);
    return read.ok ? { ok: true, value: read.entry, label: entryLabel(item, index) } : read;
  }, setAside);
}

/** A missing or repeated id, in any day, is given a new one: ids only tell the page's rows apart. */
function uniqueUids(days: RecordedDay[]): RecordedDay[] {
  const uids = new Set<string>();
  return days.map((day) => ({
    ...day,
    entries: day.entries.map((entry) => {
      const unique = uids.has(entry.uid) ? { ...entry, uid: freshUid() } : entry;
      uids.add(unique.uid);
      return unique;
    }),
  }));
}

/**
 * A version 3 list of days: each day's foods read as any day's; a name that cannot be read becomes "Day n", and says
 * so. Past MAX_DAYS, a day's foods are set aside (none is lost); a list that is no list is set aside whole.
 */
function readDays(raw: unknown, setAside: SetAside[], repairs: string[]): RecordedDay[] {
  const list = Array.isArray(raw) ? raw : [];
  if (!Array.isArray(raw)) setAside.push({ kind: "food", item: raw, label: "The list of days", reason: "It is not a list of days, so none of it could be read." });
  const days: RecordedDay[] = [];
  list.forEach((item, index) => {
    // Something in the list that is no day is kept as it was, set aside with why: nothing is dropped.
    if (!isObject(item)) {
      setAside.push({ kind: "food", item, label: `Day ${index + 1} of the list`, reason: "It is not a day (a name and a list of foods), so it could not be read." });
      return;
    }
    const fallbackLabel = defaultDayLabel(days.length);
    const day = item;
    const rawLabel = day.label;
    const label = typeof rawLabel === "string" && rawLabel.trim() ? rawLabel.trim().slice(0, MAX_DAY_LABEL_CHARS) : fallbackLabel;
    if (label !== rawLabel) repairs.push(`A day's name (${shown(rawLabel)}) could not be used as it was, so it is “${label}”.`);
    const entries = readEntries(day.entries, setAside);
    if (days.length < MAX_DAYS) days.push({ label, entries });
    else entries.forEach((entry) => setAside.push({ kind: "food", item: entry, label: entry.name ?? `Food ${entry.foodId}`, reason: `It was in “${label}”, past the ${MAX_DAYS} days the page keeps.` }));
  });
  return days.length > 0 ? days : [{ label: defaultDayLabel(0), entries: [] }];
}

type EntryRead = { ok: true; entry: DayEntry } | { ok: false; label: string; reason: string };

/** What to call an entry in a sentence: its saved name, else its food id, else its place in the list. */
function entryLabel(raw: unknown, index: number): string {
  if (isObject(raw)) {
    if (typeof raw.name === "string" && raw.name.trim()) return raw.name.trim().slice(0, 80);
    if (typeof raw.foodId === "string" || typeof raw.foodId === "number") return `Food ${String(raw.foodId).slice(0, 12)}`;
  }
  return `Food ${index + 1} of the list`;
}

/** One food of a day, repaired where that changes nothing it means; else the reason it is set aside. */
export function readEntry(raw: unknown, index = 0): EntryRead {
  const label = entryLabel(raw, index);
  const aside = (reason: string): EntryRead => ({ ok: false, label, reason });
  if (!isObject(raw)) return aside("It is not a food entry.");

  let foodId = raw.foodId;
  if (typeof foodId === "number" && Number.isInteger(foodId) && foodId > 0 && foodId < 100_000) foodId = String(foodId).padStart(5, "0");
  if (typeof foodId === "string" && /^\d{1,4}$/.test(foodId.trim())) foodId = foodId.trim().padStart(5, "0");
  if (typeof foodId !== "string" || !/^\d{5}$/.test(foodId)) return aside(`It names no food of the table (its food id is ${shown(raw.foodId)}).`);

  const meal = oneOfLoose(MEALS, raw.meal);
  if (!meal) return aside(`Its meal (${shown(raw.meal)}) is not breakfast, lunch, dinner or snacks.`);

  // An entry written as the API's {foodId, grams} is the same food in grams.
  const gramsOnly = raw.amount === undefined && raw.portion === undefined && raw.grams !== undefined;
  const rawAmount = gramsOnly ? raw.grams : raw.amount;
  const portion = gramsOnly || raw.portion === null ? null : typeof raw.portion === "string" && raw.portion.trim() ? raw.portion.trim().slice(0, 200) : undefined;
  if (portion === undefined) return aside(`Its unit (${shown(raw.portion)}) could not be read.`);
  const amount = asNumber(rawAmount);
  const unit = portion === null ? " g" : ` × ${portion}`;
  if (amount === undefined) return aside(`Its amount (${shown(rawAmount)}) is not a number.`);
  if (amount <= 0) return aside(`Its amount (${shown(amount)}${unit}) is not more than 0.`);
  if (portion === null && amount > MAX_ENTRY_GRAMS) return aside(`Its amount (${shown(amount)} g) is more than one entry holds (${shown(MAX_ENTRY_GRAMS)} g).`);
  if (portion !== null && amount > MAX_PORTION_AMOUNT) return aside(`Its amount (${shown(amount)}${unit}) is more than ${MAX_PORTION_AMOUNT} of one measure.`);

  const uid = typeof raw.uid === "string" && raw.uid.length >= 1 && raw.uid.length <= 64 ? raw.uid : freshUid();
  const name = typeof raw.name === "string" && raw.name.length <= 300 ? { name: raw.name } : {};
  // An ingredient keeps its dish only with both the dish's name and which serving it is; else it is a food of its own.
  const validText = (value: unknown, max: number): value is string => typeof value === "string" && value.length >= 1 && value.length <= max;
  const dish = validText(raw.recipe, 200) && validText(raw.dish, 64) ? { recipe: raw.recipe, dish: raw.dish } : {};
  const checkedAmount = raw.amountChecked === true ? { amountChecked: true as const } : {};
  // Days a week: absent is every day; a number out of 0–7 is set aside rather than read as every day (more food).
  const perWeek = raw.perWeek === undefined || raw.perWeek === null ? undefined : asNumber(raw.perWeek);
  if (raw.perWeek !== undefined && raw.perWeek !== null && (perWeek === undefined || perWeek <= 0 || perWeek > DAYS_A_WEEK)) {
    return aside(`Its days a week (${shown(raw.perWeek)}) is not more than 0 and at most ${DAYS_A_WEEK}.`);
  }
  const often = perWeek !== undefined && perWeek < DAYS_A_WEEK ? { perWeek } : {};
  const entry = { uid, meal, foodId, ...name, amount, portion, ...dish, ...checkedAmount, ...often };
  const parsed = DayEntrySchema.safeParse(entry);
  return parsed.success ? { ok: true, entry: parsed.data } : aside("It could not be read.");
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
