// The person's day and the shapes inside it, in zod/mini: the part of the schemas (lib/schema/) the browser also runs (a saved
// day, an imported file, a share link, a supplement being typed). zod/mini has the same checks and messages as the
// rest of lib/schema/ at a fraction of the size, and the page loads this module only when it has a day to read.
// lib/schema/analysis.ts builds the API's request schemas on these, so the API and the page check a day the same way.
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import {
  AGE_YEARS,
  APPETITES,
  CONDITIONS,
  DAYS_A_WEEK,
  DAY_VERSION,
  LIFE_STAGE_AGES,
  LIFE_STAGES,
  lifeStageApplies,
  MAX_DAY_LABEL_CHARS,
  MAX_DAYS,
  MAX_ENTRIES,
  MAX_ENTRY_GRAMS,
  MAX_PORTION_AMOUNT,
  MAX_PORTION_CHARS,
  MEALS,
  SEXES,
  STANDARDS,
  SUPPLEMENT_LIMITS,
} from "../constants";

// zod/mini ships without messages ("Invalid input" for everything); these are the words full zod uses, so a
// damaged saved day reads the same in the browser as in the API.
z.config(en());
// The page's CSP has no 'unsafe-eval'. Unless told not to, zod probes `new Function` when it builds an object
// schema, and the browser reports the blocked probe as a CSP issue even though zod catches it. A saved day is a
// small object: the compiled fast path is not worth it there. The server, with no such policy, keeps it.
if (typeof window !== "undefined") z.config({ jitless: true });

export const FoodIdSchema = z.string().check(z.regex(/^\d{5}$/, "A food id is a 5-digit USDA SR28 NDB number, e.g. 09040"));
export type FoodId = z.infer<typeof FoodIdSchema>;

export const MealSchema = z.enum(MEALS);
export type Meal = z.infer<typeof MealSchema>;

export const SexSchema = z.enum(SEXES, { error: 'sex must be "female" or "male"' });
export type Sex = z.infer<typeof SexSchema>;

export type Condition = (typeof CONDITIONS)[number];
export type Appetite = (typeof APPETITES)[number];

export const LifeStageSchema = z.enum(LIFE_STAGES, { error: 'lifeStage must be null, "pregnant" or "lactating"' });
export type LifeStage = z.infer<typeof LifeStageSchema>;

export const StandardSchema = z.enum(STANDARDS, { error: 'standard must be "us", "efsa" or "uk"' });
export type Standard = z.infer<typeof StandardSchema>;

const profileShape = {
  ageYears: z
    .number({ error: "ageYears must be a number of years" })
    .check(
      z.int("ageYears must be a whole number of years"),
      z.minimum(AGE_YEARS.min, `ageYears must be at least ${AGE_YEARS.min}`),
      z.maximum(AGE_YEARS.max, `ageYears must be at most ${AGE_YEARS.max}`),
    ),
  sex: SexSchema,
  lifeStage: z._default(z.nullable(LifeStageSchema), null),
  standard: z._default(StandardSchema, "us"),
  /** Health conditions that change what is safe to suggest; none when absent (a day saved before they existed). */
  conditions: z.optional(
    z.array(z.enum(CONDITIONS, { error: 'each condition must be "kidney-disease" or "potassium-raising-medicine"' })).check(z.maxLength(CONDITIONS.length)),
  ),
  /**
   * false while the person has not said their age: a new day assumes an adult of 35 and the page says so and asks;
   * absent (or true) once they have, and in every day saved before this existed.
   */
  ageGiven: z.optional(z.boolean({ error: "ageGiven must be true or false" })),
  /** "small": suggested servings are three-quarters of the usual; "usual" when absent. */
  appetite: z.optional(z.enum(APPETITES, { error: 'appetite must be "usual" or "small"' })),
};
type ProfileFields = { sex: Sex; ageYears: number; lifeStage: LifeStage | null };
const lifeStageFits = z.refine<ProfileFields>((profile) => profile.lifeStage === null || lifeStageApplies(profile.sex, profile.ageYears), {
  message: `lifeStage applies only to females aged ${LIFE_STAGE_AGES.min} to ${LIFE_STAGE_AGES.max}`,
  path: ["lifeStage"],
});

/** Who the person is, as a saved day holds it (a field a later version adds is dropped, not refused). */
export const ProfileSchema = z.object(profileShape).check(lifeStageFits);
export type Profile = z.infer<typeof ProfileSchema>;

/** The profile in an API request: a field it does not know (a misspelt "standrd") is refused, naming the field. */
export const ProfileRequestSchema = z.strictObject(profileShape).check(lifeStageFits);

const mgPerUnit = (mineral: string) =>
  z
    .number({ error: `${mineral} must be a number of mg per unit (0 when it has none)` })
    .check(
      z.minimum(0, `${mineral} must be 0 or more mg per unit`),
      z.maximum(SUPPLEMENT_LIMITS.mgPerUnit, `${mineral} must be at most ${SUPPLEMENT_LIMITS.mgPerUnit.toLocaleString("en-US")} mg per unit`),
    );

/** A supplement: elemental mg of each mineral in one unit (tablet, capsule, scoop), and units a day. */
export const SupplementSchema = z.strictObject({
  name: z
    .string({ error: "name must be text, e.g. Magnesium citrate" })
    .check(
      z.trim(),
      z.minLength(1, "name must not be empty"),
      z.maxLength(SUPPLEMENT_LIMITS.nameChars, `name must be at most ${SUPPLEMENT_LIMITS.nameChars} characters`),
    ),
  magnesium: mgPerUnit("magnesium"),
  potassium: mgPerUnit("potassium"),
  calcium: mgPerUnit("calcium"),
  count: z
    .number({ error: "count must be a number of units a day" })
    .check(
      z.minimum(0, "count must be 0 or more units a day"),
      z.maximum(SUPPLEMENT_LIMITS.count, `count must be at most ${SUPPLEMENT_LIMITS.count} units a day`),
    ),
});
export type Supplement = z.infer<typeof SupplementSchema>;

/** The day's supplements, as the analysis request and the saved day both carry them. */
export const SupplementsSchema = z._default(
  z.array(SupplementSchema).check(z.maxLength(SUPPLEMENT_LIMITS.items, `At most ${SUPPLEMENT_LIMITS.items} supplements`)),
  [],
);

/** One food in the person's day: an amount of grams (portion null) or a count of one household portion. */
export const DayEntrySchema = z
  .object({
    uid: z.string().check(z.minLength(1), z.maxLength(64)),
    meal: MealSchema,
    foodId: FoodIdSchema,
    /** The food's name when it was added, shown until the table answers. */
    name: z.optional(z.string().check(z.maxLength(300))),
    amount: z.number().check(z.positive(), z.maximum(MAX_ENTRY_GRAMS)),
    portion: z.nullable(z.string().check(z.minLength(1), z.maxLength(MAX_PORTION_CHARS))),
    /** The dish this food is an ingredient of ("Turkey sandwich"); the page shows a dish as one row. */
    recipe: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_PORTION_CHARS))),
    /** Which serving of the dish: ingredients added together share it, so two sandwiches stay two rows. */
    dish: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    /** The person confirmed an amount far past what people eat at once (lib/day/amount-check.ts): no more asking. */
    amountChecked: z.optional(z.literal(true)),
    /** Days a week it is eaten (absent: every day): a typical day counts it × perWeek ÷ 7. */
    perWeek: z.optional(z.number().check(z.positive(), z.maximum(DAYS_A_WEEK))),
  })
  .check(
    z.refine((entry) => entry.portion === null || entry.amount <= MAX_PORTION_AMOUNT, {
      message: `At most ${MAX_PORTION_AMOUNT} portions in one entry`,
      path: ["amount"],
    }),
  );
export type DayEntry = z.infer<typeof DayEntrySchema>;

/**
 * A food or supplement of a saved day, imported file or share link that could not be read: kept as it was, with why,
 * until the person fixes or drops it (lib/day/read.ts). It counts in no total.
 */
export const SetAsideSchema = z.object({
  kind: z.enum(["food", "supplement"]),
  item: z.unknown(),
  /** What to call it: its name, else its food id or place in the list. */
  label: z.string().check(z.minLength(1), z.maxLength(300)),
  /** Why it was set aside, in plain words. */
  reason: z.string().check(z.minLength(1), z.maxLength(500)),
  /** What the food table lacks for it, when the API said so: the food (it can only be dropped) or its measure. */
  lacks: z.optional(z.enum(["food", "measure"])),
});
export type SetAside = z.infer<typeof SetAsideSchema>;

/** One recorded day of the person's week: its name ("Day 1", "Mon", "a work day") and its foods. */
export const RecordedDaySchema = z.object({
  label: z.string().check(z.trim(), z.minLength(1, "A day needs a name"), z.maxLength(MAX_DAY_LABEL_CHARS, `A day's name is at most ${MAX_DAY_LABEL_CHARS} characters`)),
  entries: z.array(DayEntrySchema).check(z.maxLength(MAX_ENTRIES, `At most ${MAX_ENTRIES} foods in a day`)),
});
export type RecordedDay = z.infer<typeof RecordedDaySchema>;

/**
 * The person's saved days (version 3): who they are, one to MAX_DAYS recorded days, the supplements they take every
 * day, and whatever could not be read. Versions 1 and 2 held one day's `entries`: lib/day/read.ts reads them as the
 * one day "Day 1" (and version 1, from before supplements, with none).
 */
export const DaySchema = z.object(
  {
    app: z.optional(z.literal("mineral-gap")),
    version: z.literal(DAY_VERSION, { error: `This day was saved by another version of Mineral Gap (expected version ${DAY_VERSION})` }),
    profile: ProfileSchema,
    days: z.array(RecordedDaySchema).check(z.minLength(1, "A saved day holds at least one day"), z.maxLength(MAX_DAYS, `At most ${MAX_DAYS} days`)),
    supplements: SupplementsSchema,
    setAside: z.optional(z.array(SetAsideSchema).check(z.maxLength(2 * MAX_ENTRIES))),
  },
  { error: "A saved day is a JSON object with version, profile and days" },
);
export type Day = z.output<typeof DaySchema>;
