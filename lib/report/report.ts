// The printable report for a doctor: the day by meal, its supplements, the totals against the targets, and the notes
// that apply. Everything here is text a person reads; the numbers come from analyzeDay, exactly as the API gives them.
import { analyzeDay, resolveEntries } from "../analysis/analyze";
import { analyzeDays } from "../analysis/usual";
import { setAsideUnresolved, toAnalyzeRequest } from "../day/day";
import { decodeShare } from "../day/read";
import { formatAmount, formatWhole, listWords, perWeekWords } from "../format";
import { STANDARD_NAMES } from "../intake/intakes";
import { CONDITION_LABELS, MEAL_LABELS, MEALS } from "../constants";
import { AnalyzeRequestSchema, type Analysis, type Mineral } from "../schema/analysis";
import type { Day, DayEntry, Meal, Profile, SetAside, Supplement } from "../schema/day";
import { shownName, type NameStyle } from "../food/name-style";
import { hasPotassiumSupplement, POTASSIUM_SUPPLEMENT_CAUTION, upperLimitWarnings } from "../intake/supplements";

// ---- From the link to the analysis ---------------------------------------------------------------------------

export type LoadedReport =
  /** `analysis` is of the one day, or of the average of several (with `usual`); `perDay` each day's own, or null. */
  | { ok: true; day: Day; analysis: Analysis; perDay: Analysis[] | null; setAside: SetAside[] }
  | { ok: false; reason: string };

/**
 * The day in a share code and its analysis, by the same path /api/analyze takes (schema, resolveEntries,
 * analyzeDay), so the report's numbers are the main page's. An entry the link holds but no total can count (an
 * amount of 0, a food not in the table) is set aside, named on the report with why, and the rest is reported.
 * Every problem is a reason, never an exception.
 */
export function loadReport(code: string | string[] | undefined): LoadedReport {
  if (typeof code !== "string" || code.trim() === "") return { ok: false, reason: "The link has no day in it." };
  const decoded = decodeShare(code.trim());
  if (!decoded.ok) return { ok: false, reason: decoded.message };
  let day = decoded.day;
  const perDay = [];
  for (let index = 0; index < day.days.length; index++) {
    const request = AnalyzeRequestSchema.safeParse(toAnalyzeRequest(day, index));
    if (!request.success) return { ok: false, reason: `${request.error.issues[0]?.message ?? "The day is not valid"}.` };
    let resolved = resolveEntries(request.data.entries ?? []);
    if (!resolved.ok) {
      day = setAsideUnresolved(day, resolved.issues, index) ?? day;
      resolved = resolveEntries(toAnalyzeRequest(day, index).entries);
      if (!resolved.ok) return { ok: false, reason: `${resolved.issues[0]?.message ?? "A food could not be found"}.` };
    }
    perDay.push({ label: day.days[index]!.label, entries: resolved.entries });
  }
  try {
    const each = perDay.map((d) => analyzeDay(day.profile, d.entries, day.supplements));
    // A day with no foods is left out of the average (it is a day not filled in, not a day of eating nothing).
    const filled = perDay.filter((d) => d.entries.length > 0);
    const several = filled.length > 1;
    const analysis = several ? analyzeDays(day.profile, filled, day.supplements) : (each[perDay.indexOf(filled[0]!)] ?? each[0]!);
    return { ok: true, day, analysis, perDay: perDay.length > 1 ? each : null, setAside: day.setAside ?? [] };
  } catch {
    // The intake tables cover every age the schema allows; this is a guard, not a path anyone should reach.
    return { ok: false, reason: "No reference intakes could be found for this profile." };
  }
}

/** "Not counted: Banana (its amount (0 g) is not more than 0)": what the link held that no total includes. */
export function notCountedNote(setAside: readonly SetAside[]): string | null {
  if (setAside.length === 0) return null;
  return `Not counted in these totals, as the link held them in a form that could not be read: ${setAside.map((s) => `${s.label} (${s.reason.replace(/\.$/, "")})`).join("; ")}.`;
}

// ---- Who and when --------------------------------------------------------------------------------------------

/** "26 November 2026": day, month in words and year, so no reader mistakes 11/12 for 12/11. */
export function formatReportDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
}

const SEX_WORDS = { female: "Female", male: "Male" } as const;
const LIFE_STAGE_WORDS = { pregnant: "Pregnant", lactating: "Breastfeeding" } as const;

/** The profile as label and value pairs; pregnancy or breastfeeding only when it applies. */
export function profileFacts(profile: Profile): { label: string; value: string }[] {
  return [
    { label: "Age", value: `${profile.ageYears} years${profile.ageGiven === false ? " (assumed: not entered)" : ""}` },
    { label: "Sex", value: SEX_WORDS[profile.sex] },
    ...(profile.lifeStage ? [{ label: "Life stage", value: LIFE_STAGE_WORDS[profile.lifeStage] }] : []),
    { label: "Reference intakes", value: STANDARD_NAMES[profile.standard] },
    ...(profile.conditions && profile.conditions.length > 0 ? [{ label: "Health conditions", value: listWords(profile.conditions.map((c) => CONDITION_LABELS[c])) }] : []),
  ];
}

// ---- The foods -------------------------------------------------------------------------------------------------

/** mg as a person reads it: whole mg, "<1" for a trace, "unknown" where USDA has no value (never 0). */
export function mgText(mg: number | null): string {
  if (mg === null) return "unknown";
  if (mg > 0 && mg < 0.5) return "<1";
  return formatWhole(mg);
}

const NBSP = "\u00a0";

/**
 * "150 g" for grams; "2 × 1 medium (7″ …) = 236 g" for household portions ("1 cup = 244 g" for one). The grams are
 * joined by no-break spaces, so a line never ends between "=", the number and its unit.
 */
export function amountText(entry: Pick<DayEntry, "amount" | "portion">, grams: number): string {
  const inGrams = `${formatAmount(grams)}${NBSP}g`;
  if (entry.portion === null) return inGrams;
  const count = entry.amount === 1 ? "" : `${formatAmount(entry.amount)} × `;
  return `${count}${entry.portion} =${NBSP}${inGrams}`;
}

export type ReportFood = {
  /** The everyday name (British words for the UK standard); `usdaName` is USDA's full name, said beside it. */
  name: string;
  usdaName: string;
  /** The dish this food is an ingredient of ("Turkey sandwich"), or null. */
  dish: string | null;
  amount: string;
  mg: Record<Mineral, string>;
};
export type ReportMeal = { meal: Meal; label: string; foods: ReportFood[] };

/**
 * A recorded day's foods under their meals (breakfast, lunch, dinner, snacks; empty meals left out), in the order
 * they were added. `analysis` must be the analysis of these entries: one contribution per entry, in the same order.
 */
export function foodsByMeal(entries: readonly DayEntry[], analysis: Analysis, style: NameStyle = "us"): ReportMeal[] {
  return MEALS.map((meal) => ({
    meal,
    label: MEAL_LABELS[meal],
    foods: entries.flatMap((entry, index): ReportFood[] => {
      const contribution = analysis.contributions[index];
      if (entry.meal !== meal || !contribution) return [];
      return [
        {
          name: shownName(contribution, style),
          usdaName: contribution.name,
          dish: entry.recipe ?? null,
          // The amount as eaten on its days, and how often: the minerals beside it are a typical day's share.
          amount: `${amountText(entry, (contribution.grams * 7) / (entry.perWeek ?? 7))}${entry.perWeek ? `, ${perWeekWords(entry.perWeek)}` : ""}`,
          mg: { magnesium: mgText(contribution.magnesium), potassium: mgText(contribution.potassium), calcium: mgText(contribution.calcium) },
        },
      ];
    }),
  })).filter((group) => group.foods.length > 0);
}

export type ReportSupplement = { name: string; mgPerUnit: Record<Mineral, string>; perDay: string };

/** Each supplement: elemental mg of each mineral in one unit, and how many units a day. */
export function supplementRows(supplements: readonly Supplement[]): ReportSupplement[] {
  return supplements.map((s) => ({
    name: s.name,
    mgPerUnit: { magnesium: formatAmount(s.magnesium), potassium: formatAmount(s.potassium), calcium: formatAmount(s.calcium) },
    perDay: formatAmount(s.count),
  }));
}

// ---- The totals ------------------------------------------------------------------------------------------------
// The table itself is lib/analysis/totals.ts's totalsRows, which the page's component renders.

/** The cautions that apply to this day: any intake above an upper limit, and the one about potassium supplements. */
export function cautions(analysis: Analysis, supplements: readonly Supplement[]): string[] {
  return [
    ...upperLimitWarnings(analysis).map((w) => w.text),
    ...(hasPotassiumSupplement(supplements) ? [POTASSIUM_SUPPLEMENT_CAUTION] : []),
  ];
}
