// Reading the foods of a saved day, an imported file or a share link: each entry repaired where that changes
// nothing it means, else set aside with the reason; and, since version 3, the list of recorded days.
import { DAYS_A_WEEK, MAX_DAY_LABEL_CHARS, MAX_DAYS, MAX_ENTRIES, MAX_ENTRY_GRAMS, MAX_PORTION_AMOUNT, MEALS } from "../constants";
import { defaultDayLabel } from "./day";
import { asNumber, isObject, oneOfLoose, readList, shown } from "./read-values";
import { DayEntrySchema, type DayEntry, type RecordedDay, type SetAside } from "../schema/day";

let uidCounter = 0;
const freshUid = () => `r${Date.now().toString(36)}-${(uidCounter++).toString(36)}`;

export function readEntries(raw: unknown, setAside: SetAside[]): DayEntry[] {
  return readList(raw, "food", "foods", MAX_ENTRIES, (item, index) => {
    const read = readEntry(item, index);
    return read.ok ? { ok: true, value: read.entry, label: entryLabel(item, index) } : read;
  }, setAside);
}

/** A missing or repeated id, in any day, is given a new one: ids only tell the page's rows apart. */
export function uniqueUids(days: RecordedDay[]): RecordedDay[] {
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
export function readDays(raw: unknown, setAside: SetAside[], repairs: string[]): RecordedDay[] {
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
