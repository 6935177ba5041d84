// The single source of types: every shape that crosses the wire or is stored is a zod schema here,
// and its TypeScript type is inferred from it. The day itself (profile, entries, supplements) lives in
// lib/day-schema.ts, in zod/mini, because the browser checks saved days with it too; the fixed lists and limits
// live in lib/constants.ts. Both are re-exported here, so server code has one place to import from; the page
// imports them from those two files (ESLint keeps zod out of app/_components and app/_hooks).
import { z } from "zod";
import { DIETS, MAX_ENTRIES, MAX_ENTRY_GRAMS, MAX_PORTION_AMOUNT, MINERALS, OBJECTIVES } from "./constants";
import { FoodIdSchema, MealSchema, ProfileSchema, SupplementsSchema } from "./schema/day";

export * from "./constants";
export {
  DayEntrySchema,
  DaySchema,
  FoodIdSchema,
  LifeStageSchema,
  MealSchema,
  ProfileSchema,
  SexSchema,
  StandardSchema,
  SupplementSchema,
} from "./schema/day";
export type { Day, DayEntry, FoodId, LifeStage, Meal, Profile, SetAside, Sex, Standard, Supplement } from "./schema/day";

/** The nutrients the food table carries per 100 g. Minerals are mg; energy is kcal. */
export const NUTRIENTS = ["kcal", "calcium", "magnesium", "potassium", "sodium"] as const;
export type Nutrient = (typeof NUTRIENTS)[number];

/** null means USDA has no value for this food and nutrient: unknown, never zero. */
const amountPer100g = z.number().nonnegative().nullable();
export const Per100gSchema = z.object({
  kcal: amountPer100g,
  calcium: amountPer100g,
  magnesium: amountPer100g,
  potassium: amountPer100g,
  sodium: amountPer100g,
});
export type Per100g = z.infer<typeof Per100gSchema>;

export const PortionSchema = z.object({
  label: z.string().min(1),
  grams: z.number().positive(),
});
export type Portion = z.infer<typeof PortionSchema>;

/** A food as the API and the page see it. */
export const FoodSchema = z.object({
  id: FoodIdSchema,
  name: z.string().min(1),
  group: z.string().min(1),
  per100g: Per100gSchema,
  portions: z.array(PortionSchema),
});
export type Food = z.infer<typeof FoodSchema>;

/** A row of data/foods.json: the public food plus what search ranks by. */
export const FoodRecordSchema = FoodSchema.extend({
  otherNames: z.string().nullable(),
  /** SR28 marks foods used in the US national food survey (FNDDS): everyday foods. */
  survey: z.boolean(),
});
export type FoodRecord = z.infer<typeof FoodRecordSchema>;

export const FoodTableSchema = z.object({
  meta: z.object({ source: z.string(), units: z.string(), count: z.number().int() }),
  foods: z.array(FoodRecordSchema),
});
export type FoodTable = z.infer<typeof FoodTableSchema>;

export const FOOD_SEARCH_LIMIT = { default: 10, min: 1, max: 50 } as const;
export const FOOD_QUERY_MAX_CHARS = 200;

export const FoodSearchParamsSchema = z.object({
  q: z
    .string({ error: "Give the text to search for as q, e.g. /api/foods?q=banana" })
    .trim()
    .min(1, "The search text q must not be empty")
    .max(FOOD_QUERY_MAX_CHARS, `The search text q must be at most ${FOOD_QUERY_MAX_CHARS} characters`),
  limit: z.coerce
    .number({ error: "limit must be a whole number" })
    .int("limit must be a whole number")
    .min(FOOD_SEARCH_LIMIT.min, `limit must be at least ${FOOD_SEARCH_LIMIT.min}`)
    .max(FOOD_SEARCH_LIMIT.max, `limit must be at most ${FOOD_SEARCH_LIMIT.max}`)
    .default(FOOD_SEARCH_LIMIT.default),
});
export type FoodSearchParams = z.infer<typeof FoodSearchParamsSchema>;

export const FoodSearchResponseSchema = z.object({
  foods: z.array(FoodSchema),
  /** Said above the list when no food matches what was asked ("no oat milk in the table; the closest foods"), else null. */
  note: z.string().nullable(),
});
export type FoodSearchResponse = z.infer<typeof FoodSearchResponseSchema>;

export const FoodResponseSchema = z.object({ food: FoodSchema });
export type FoodResponse = z.infer<typeof FoodResponseSchema>;

export const ApiIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.string(),
});
export type ApiIssue = z.infer<typeof ApiIssueSchema>;

/** The one error shape every API route answers with. */
export const ApiErrorSchema = z.object({
  error: z.object({ message: z.string(), issues: z.array(ApiIssueSchema).optional() }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

// ---- The day and its analysis -------------------------------------------------------------------------------

export const MineralSchema = z.enum(MINERALS);
export type Mineral = z.infer<typeof MineralSchema>;

const gramsField = z
  .number({ error: "grams must be a number" })
  .positive("grams must be more than 0")
  .max(MAX_ENTRY_GRAMS, `grams must be at most ${MAX_ENTRY_GRAMS} (10 kg) for one entry`);

/** One food in the day: an amount in grams, or a number of one of the food's household portions. */
export const EntryInputSchema = z.union(
  [
    z.object({ foodId: FoodIdSchema, grams: gramsField }).strict(),
    z
      .object({
        foodId: FoodIdSchema,
        amount: z
          .number({ error: "amount must be a number" })
          .positive("amount must be more than 0")
          .max(MAX_PORTION_AMOUNT, `amount must be at most ${MAX_PORTION_AMOUNT}`),
        portion: z.string().trim().min(1, "portion must name one of the food's household measures").max(200),
      })
      .strict(),
  ],
  { error: 'Each entry needs a foodId and either grams, or amount and portion (e.g. {"foodId":"09040","grams":118})' },
);
export type EntryInput = z.infer<typeof EntryInputSchema>;

export const AnalyzeRequestSchema = z.object({
  profile: ProfileSchema,
  entries: z.array(EntryInputSchema).max(MAX_ENTRIES, `At most ${MAX_ENTRIES} entries per request`),
  supplements: SupplementsSchema,
});
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

const perMineral = <T extends z.ZodType>(schema: T) =>
  z.object({ magnesium: schema, potassium: schema, calcium: schema });

export const ContributionSchema = z.object({
  foodId: FoodIdSchema,
  name: z.string(),
  grams: z.number(),
  magnesium: z.number().nullable(),
  potassium: z.number().nullable(),
  calcium: z.number().nullable(),
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
  /** The day's calcium as absorbed, in mg of milk calcium (lib/absorption.ts): food and supplements. */
  calciumAbsorbable: z.number(),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

// ---- The saved day ---------------------------------------------------------------------------------------------

// ---- Suggestions -------------------------------------------------------------------------------------------------

export const DIET_TAGS = ["dairy", "nuts", "fish", "meat", "egg", "soy", "gluten", "animal"] as const;
export const DietTagSchema = z.enum(DIET_TAGS);
export type DietTag = z.infer<typeof DietTagSchema>;

export const ArticleFoodSchema = z.object({
  name: z.string().min(1),
  foodId: FoodIdSchema,
  serving: PortionSchema,
  maxServings: z.number().int().min(1).max(6),
  /** The smallest amount worth suggesting, in servings (a multiple of ½): no 2.7 g of cocoa. */
  minServings: z.number().multipleOf(0.5).min(0.5).max(6),
  tags: z.array(DietTagSchema),
  articleHeading: z.string().min(1),
  /** The article's own word for the food, verbatim ("dried apricots", "green vegetables"). */
  articleTerm: z.string().min(1),
  /** True when the article names the food only through a general word ("green vegetables" for spinach). */
  general: z.boolean(),
  /** The meal the food is usually eaten at: where "Add" puts it. */
  meal: MealSchema,
  /** One serving in words: count × unit of food ("0.5 cup tofu", "1 medium banana"). */
  words: z.object({ count: z.number().positive(), unit: z.string(), food: z.string().min(1), foodPlural: z.string().min(1) }),
  /** Leafy greens and herbs: a plan holds at most one. */
  leafyGreen: z.boolean(),
});
export type ArticleFood = z.infer<typeof ArticleFoodSchema>;
export const ArticleFoodsFileSchema = z.object({ source: z.string(), foods: z.array(ArticleFoodSchema).min(1) });

export const DietSchema = z.enum(DIETS, { error: 'diet must be "omnivore", "vegetarian" or "vegan"' });
export type Diet = z.infer<typeof DietSchema>;
export const ObjectiveSchema = z.enum(OBJECTIVES, { error: 'objective must be "kcal", "changes" or "servings"' });
export type Objective = z.infer<typeof ObjectiveSchema>;

export const SuggestRequestSchema = AnalyzeRequestSchema.extend({
  diet: DietSchema.default("omnivore"),
  /** Diet groups ("dairy", "nuts", "fish", "soy", "gluten") or foods by name or id ("walnuts", "12155"). */
  exclude: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  objective: ObjectiveSchema.default("kcal"),
  /** Foods the plan must keep (by SR28 id): a swap pins the food chosen instead. */
  include: z.array(FoodIdSchema).max(5, "At most 5 foods can be kept in a plan").default([]),
});
export type SuggestRequest = z.infer<typeof SuggestRequestSchema>;

/** Another food that closes about the same gap, at the amount that does. */
export const SuggestionAlternativeSchema = z.object({
  foodId: FoodIdSchema,
  name: z.string(),
  servings: z.number(),
  portion: z.string(),
  grams: z.number(),
  /** The amount in words: "½ cup tofu (63 g)". */
  amountText: z.string(),
});
export type SuggestionAlternative = z.infer<typeof SuggestionAlternativeSchema>;

export const SuggestionSchema = z.object({
  foodId: FoodIdSchema,
  name: z.string(),
  servings: z.number(),
  portion: z.string(),
  grams: z.number(),
  /** mg of each mineral on the label, and calcium as absorbed (milk-equivalent mg). */
  adds: perMineral(z.number()).extend({ calciumAbsorbable: z.number() }),
  kcal: z.number(),
  why: z.string(),
  source: z.string(),
  /** The amount in words people use: "½ cup tofu (63 g)", "1 medium banana (118 g)". */
  amountText: z.string(),
  /** The article's own word for the food, verbatim, and whether it is only a general word for it. */
  articleTerm: z.string(),
  general: z.boolean(),
  meal: MealSchema,
  alternatives: z.array(SuggestionAlternativeSchema).max(2),
  /** Why calcium counts for less than its label ("spinach: about a sixth absorbed, Heaney 1988"), or null. */
  calciumNote: z.string().nullable(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const SuggestResponseSchema = z.object({
  suggestions: z.array(SuggestionSchema),
  after: z.object({ totals: perMineral(z.number()), gaps: perMineral(z.number()) }),
  unmet: z.object({ magnesium: z.number(), potassium: z.number(), calcium: z.number() }).partial(),
  /** Things a person should know about the plan: calcium near its limit, why a gap stays open. */
  notes: z.array(z.string()),
});
export type SuggestResponse = z.infer<typeof SuggestResponseSchema>;

// ---- Quick add -------------------------------------------------------------------------------------------------

export const ParseRequestSchema = z.object({
  text: z
    .string({ error: "Give the meals as text, e.g. {\"text\":\"2 bananas and a cup of milk\"}" })
    .max(2000, "The text is too long: at most 2,000 characters")
    .refine((text) => text.trim().length > 0, "The text is empty: type what you ate, e.g. 2 bananas and a cup of milk"),
});

/** How sure the parser is that the food is what the person meant: "low" rows are shown plainly for checking. */
export const ConfidenceSchema = z.enum(["high", "low"]);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const PARSE_CHECKS = ["amount", "food"] as const;
export const ParseCheckSchema = z.enum(PARSE_CHECKS);
export type ParseCheck = z.infer<typeof ParseCheckSchema>;

/** Another food the words could mean, with the amount the same words give for it: one click swaps to it. */
export const ParsedAlternativeSchema = z.object({
  foodId: FoodIdSchema,
  name: z.string(),
  amount: z.number(),
  portion: z.string().nullable(),
  grams: z.number(),
});
export type ParsedAlternative = z.infer<typeof ParsedAlternativeSchema>;

export const ParsedEntrySchema = z.object({
  text: z.string(),
  foodId: FoodIdSchema,
  name: z.string(),
  /** How many of `portion`, or grams when portion is null. */
  amount: z.number(),
  portion: z.string().nullable(),
  grams: z.number(),
  /** The meal a label in the text put this food in ("Lunch: …", "for dinner I had …"); null when none did. */
  meal: z.nullable(MealSchema),
  /** The dish this food is an ingredient of, or null for a food on its own. */
  recipe: z.string().nullable(),
  confidence: ConfidenceSchema,
  alternatives: z.array(ParsedAlternativeSchema).max(3),
  /** What was assumed, in words a person reads ("Cooked rice assumed"); null when nothing was. */
  note: z.string().nullable(),
  /**
   * Why the row needs a look before it is added: "food" for a closest match, "amount" for an amount far past what
   * people eat at once (lib/amount-check.ts); null when it can be added as read.
   */
  check: ParseCheckSchema.nullable(),
});
export type ParsedEntry = z.infer<typeof ParsedEntrySchema>;

/** Text that names no food in the table, and why. */
export const UnmatchedReasonSchema = z.object({ text: z.string(), reason: z.string() });
export type UnmatchedReason = z.infer<typeof UnmatchedReasonSchema>;

export const ParseResponseSchema = z.object({
  entries: z.array(ParsedEntrySchema),
  unmatched: z.array(z.string()),
  /** One reason for each string of `unmatched`, in the same order. */
  unmatchedReasons: z.array(UnmatchedReasonSchema),
});
export type ParseResponse = z.infer<typeof ParseResponseSchema>;

// ---- Everyday names and dishes (curated data/lexicon.json and data/recipes.json) -----------------------------

const LexiconFoodSchema = z
  .object({
    names: z.array(z.string().min(1)).min(1),
    foodId: FoodIdSchema,
    /** What "a", "one" or no amount means: an SR28 measure of the food, or a typical amount with its source. */
    portion: PortionSchema,
    portionSource: z.string().min(1).optional(),
    note: z.string().min(1).nullable(),
    alternatives: z.array(FoodIdSchema).max(3),
    /** The raw, dry or uncooked form, for foods eaten cooked unless the person says otherwise. */
    rawId: z.optional(FoodIdSchema),
    /** The amount when the food comes "with" another and no amount is given: coffee with milk is 30 g of milk. */
    addOnGrams: z.number().positive().optional(),
    /** What the word means in British usage ("chips" are fries), used when the text reads British. */
    britishId: z.optional(FoodIdSchema),
    /**
     * Names of the entry that do not say which form is meant ("cookie": which cookie?), where the forms differ in
     * minerals: typed alone, the food is a default and the entry is low with its note saying what was assumed.
     */
    open: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict()
  .refine((entry) => (entry.open ?? []).every((name) => entry.names.includes(name)), { message: "every open name is one of the entry's names" })
  .refine((entry) => !entry.open || entry.note !== null, { message: "an entry with open names has a note saying what was assumed" });
const LexiconMissingSchema = z
  .object({ names: z.array(z.string().min(1)).min(1), foodId: z.null(), reason: z.string().min(1) })
  .strict();
export const LexiconEntrySchema = z.union([LexiconFoodSchema, LexiconMissingSchema]);
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;
export type LexiconFood = z.infer<typeof LexiconFoodSchema>;
export const LexiconFileSchema = z.object({ about: z.string(), entries: z.array(LexiconEntrySchema).min(1) });

export const RecipeSchema = z
  .object({
    name: z.string().min(1),
    names: z.array(z.string().min(1)).min(1),
    serving: z.string().min(1),
    ingredients: z
      .array(z.object({ foodId: FoodIdSchema, grams: z.number().positive(), what: z.string().min(1) }).strict())
      .min(1)
      .max(12),
    source: z.string().min(1),
  })
  .strict();
export type Recipe = z.infer<typeof RecipeSchema>;
export const RecipesFileSchema = z.object({ about: z.string(), dishes: z.array(RecipeSchema).min(1) });
