// A day sent to /api/analyze (entries in grams or household portions) and the analysis that comes back.
import { z } from "zod";
import { DAYS_A_WEEK, MAX_DAYS, MAX_DAY_LABEL_CHARS, MAX_ENTRIES, MAX_ENTRY_GRAMS, MAX_PORTION_AMOUNT, MAX_PORTION_CHARS, MINERALS } from "../constants";
import { FoodIdSchema, MealSchema, ProfileRequestSchema, SupplementsSchema } from "./day";

export const MineralSchema = z.enum(MINERALS);
export type Mineral = z.infer<typeof MineralSchema>;

const gramsField = z
  .number({ error: "grams must be a number" })
  .positive("grams must be more than 0")
  .max(MAX_ENTRY_GRAMS, `grams must be at most ${MAX_ENTRY_GRAMS} (${MAX_ENTRY_GRAMS / 1000} kg) for one entry`);

/** The meal an entry is in (optional): suggestions go to the meals the day has. */
const mealField = z.optional(MealSchema);

/**
 * How many days a week the entry is eaten (optional; absent: every day): a typical day counts it × perWeek ÷ 7
 * ("salmon twice a week" is 2).
 */
const perWeekField = z.optional(
  z
    .number({ error: "perWeek must be a number of days a week" })
    .gt(0, "perWeek must be more than 0 days a week")
    .max(DAYS_A_WEEK, `perWeek must be at most ${DAYS_A_WEEK} days a week`),
);

/** One food in the day: an amount in grams, or a number of one of the food's household portions. */
export const EntryInputSchema = z.union(
  [
    z.object({ foodId: FoodIdSchema, grams: gramsField, meal: mealField, perWeek: perWeekField }).strict(),
    z
      .object({
        foodId: FoodIdSchema,
        amount: z
          .number({ error: "amount must be a number" })
          .positive("amount must be more than 0")
          .max(MAX_PORTION_AMOUNT, `amount must be at most ${MAX_PORTION_AMOUNT}`),
        portion: z.string().trim().min(1, "portion must name one of the food's household measures").max(MAX_PORTION_CHARS),
        meal: mealField,
        perWeek: perWeekField,
      })
      .strict(),
  ],
  { error: 'Each entry needs a foodId and either grams, or amount and portion (e.g. {"foodId":"09040","grams":118})' },
);
export type EntryInput = z.infer<typeof EntryInputSchema>;

const entriesField = z.array(EntryInputSchema).max(MAX_ENTRIES, `At most ${MAX_ENTRIES} entries per request`);

/** One recorded day of several: its name ("Mon", "a work day") and its foods. */
export const DayInputSchema = z.strictObject({
  label: z
    .string({ error: 'Each day needs a label, e.g. "Mon" or "Day 1"' })
    .trim()
    .min(1, 'A day\'s label must not be empty, e.g. "Mon" or "Day 1"')
    .max(MAX_DAY_LABEL_CHARS, `A day's label must be at most ${MAX_DAY_LABEL_CHARS} characters`),
  entries: entriesField,
});
export type DayInput = z.infer<typeof DayInputSchema>;

/**
 * The fields of a day's request: one day's `entries`, or several recorded `days` (1 to MAX_DAYS) whose average is the
 * usual day; never both. Every object is strict: an unknown field (a misspelt "suplements") is a 400 that names it.
 */
export const dayRequestShape = {
  profile: ProfileRequestSchema,
  entries: entriesField.optional(),
  days: z
    .array(DayInputSchema)
    .min(1, "days must hold at least one day")
    .max(MAX_DAYS, `At most ${MAX_DAYS} days: keep the days that show a usual week`)
    .optional(),
  supplements: SupplementsSchema,
};

/** Exactly one of entries and days. */
export function oneOfEntriesOrDays(value: { entries?: unknown; days?: unknown }, ctx: z.RefinementCtx) {
  if (value.entries !== undefined && value.days !== undefined) {
    ctx.addIssue({ code: "custom", path: ["days"], message: "Give either entries (one day) or days (several days), not both" });
  } else if (value.entries === undefined && value.days === undefined) {
    ctx.addIssue({ code: "custom", path: ["entries"], message: 'entries is required: the day\'s foods (or "days" for several days), e.g. []' });
  }
}

export const AnalyzeRequestSchema = z.strictObject(dayRequestShape).superRefine(oneOfEntriesOrDays);
export type AnalyzeRequest = z.infer<typeof AnalyzeRequestSchema>;

export const IntakeKindSchema = z.enum(["RDA", "AI", "PRI", "RNI"]);
export type IntakeKind = z.infer<typeof IntakeKindSchema>;

/** "diet": the limit counts food and supplements together; "supplements": only supplements and medicines. */
export const UpperLimitScopeSchema = z.enum(["diet", "supplements"]);
export type UpperLimitScope = z.infer<typeof UpperLimitScopeSchema>;

/** "UL": a tolerable upper intake level (NASEM, EFSA/SCF); "guidance": a UK EVM 2003 level for supplements, not a UL. */
export const UpperLimitKindSchema = z.enum(["UL", "guidance"]);
export type UpperLimitKind = z.infer<typeof UpperLimitKindSchema>;

export const TargetSchema = z.object({
  amount: z.number().positive(),
  kind: IntakeKindSchema,
  upperLimit: z.number().positive().nullable(),
  upperLimitAppliesTo: UpperLimitScopeSchema.nullable(),
  upperLimitKind: UpperLimitKindSchema.nullable(),
  source: z.string(),
  upperLimitSource: z.string().nullable(),
  group: z.string(),
});
export type Target = z.infer<typeof TargetSchema>;

export const MineralStatusSchema = z.enum(["below", "meets", "above-upper-limit"]);
export type MineralStatus = z.infer<typeof MineralStatusSchema>;

export const perMineral = <T extends z.ZodType>(schema: T) =>
  z.object({ magnesium: schema, potassium: schema, calcium: schema });

export const ContributionSchema = z.object({
  foodId: FoodIdSchema,
  /** USDA's full name; everydayName and britishName are what a person reads (docs/everyday-names.md). */
  name: z.string(),
  everydayName: z.string(),
  britishName: z.string(),
  grams: z.number(),
  magnesium: z.number().nullable(),
  potassium: z.number().nullable(),
  calcium: z.number().nullable(),
  /** Its calcium as it counts toward the target (lib/intake/absorption.ts countedShare): less for spinach or beans. */
  calciumCounted: z.number().nullable(),
});
export type Contribution = z.infer<typeof ContributionSchema>;

export const AnalysisSchema = z.object({
  totals: perMineral(z.number()),
  targets: perMineral(TargetSchema),
  gaps: perMineral(z.number()),
  percent: perMineral(z.number()),
  status: perMineral(MineralStatusSchema),
  contributions: z.array(ContributionSchema),
  missing: z.array(z.object({ foodId: FoodIdSchema, name: z.string(), nutrients: z.array(MineralSchema) })),
  /** false when a food of the day has no USDA value for the mineral: its total is "at least". */
  complete: perMineral(z.boolean()),
  /** mg from supplements (per unit × units a day), included in the totals. */
  fromSupplements: perMineral(z.number()),
  /** The day's calcium as absorbed, in mg of milk calcium (lib/intake/absorption.ts): food and supplements. */
  calciumAbsorbable: z.number(),
  /**
   * The one calcium figure that counts toward the target: label calcium, with poorly absorbed sources (spinach,
   * beans) discounted and none credited above milk. gaps.calcium, percent.calcium and status.calcium use it.
   */
  calciumCounted: z.number(),
  /** With `days` in the request: the days, their average (the rest of the analysis) and how sure it is. */
  usual: z.optional(z.lazy(() => UsualSchema)),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

export const VerdictSchema = z.enum(["likely-adequate", "possibly-short", "likely-short", "cannot-tell"]);

/** How sure one can be that the usual intake of a mineral is adequate (lib/intake/usual.ts, IOM 2000). */
export const AdequacySchema = z.object({
  /** "EAR": against an average requirement (EAR, AR); "AI": against the target, never "short". */
  method: z.enum(["EAR", "AI"]),
  reference: z.number(),
  sdWithin: z.number(),
  sdRequirement: z.number().nullable(),
  z: z.number(),
  probability: z.number(),
  verdict: VerdictSchema,
  source: z.string(),
  /** How many more days, at the same average, would settle the answer at 95%; null when none would or it is settled. */
  moreDays: z.number().int().positive().nullable(),
});

export const UsualSchema = z.object({
  days: z.number().int().positive(),
  /** The average of the days (calcium: label mg; adequacy judges calcium as it counts toward the target). */
  mean: perMineral(z.number()),
  perDay: z.array(z.object({ label: z.string(), totals: perMineral(z.number()), calciumCounted: z.number() })),
  adequacy: perMineral(AdequacySchema),
});
export type Usual = z.infer<typeof UsualSchema>;
