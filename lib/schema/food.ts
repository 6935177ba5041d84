// Foods as the app stores and serves them: per-100 g values, household portions, the search API, and the curated
// data files (everyday names, dishes, the article's foods), each checked against these schemas when it is read.
import { z } from "zod";
import { FOOD_QUERY_MAX_CHARS } from "../constants";
import { FoodIdSchema, MealSchema } from "./day";
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

const FoodBaseSchema = z.object({
  id: FoodIdSchema,
  /** USDA's own name, in full ("Cereals, oats, regular and quick, …"): shown one tap away and in the CSV. */
  name: z.string().min(1),
  group: z.string().min(1),
  per100g: Per100gSchema,
  portions: z.array(PortionSchema),
});

/** A food as the API and the page see it. */
export const FoodSchema = FoodBaseSchema.extend({
  /** The short name a person reads ("Oatmeal, made with water"): lib/food/everyday-names.ts. */
  everydayName: z.string().min(1),
  /** The same in British words ("Porridge, made with water"), for a British standard or browser. */
  britishName: z.string().min(1),
});
export type Food = z.infer<typeof FoodSchema>;

/** A row of data/foods.json: the public food plus what search ranks by. */
export const FoodRecordSchema = FoodBaseSchema.extend({
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

/** "rennet": cheese made with animal rennet (parmesan, pecorino), which vegetarians leave out. */
export const DIET_TAGS = ["dairy", "nuts", "fish", "meat", "egg", "soy", "gluten", "animal", "rennet"] as const;
export const DietTagSchema = z.enum(DIET_TAGS);
export type DietTag = z.infer<typeof DietTagSchema>;

/** The groups a person can leave out beyond the diet tags (lib/food/exclusions.ts reads the words for them). */
export const FOOD_GROUP_TAGS = [
  "vegetable",
  "fruit",
  "dried-fruit",
  "poultry",
  "red-meat",
  "seafood",
  "shellfish",
  "lactose",
  "seed",
  "grain",
  "wheat",
  "legume",
  "peanut",
] as const;
export const FoodTagSchema = z.enum([...DIET_TAGS, ...FOOD_GROUP_TAGS]);
export type FoodTag = z.infer<typeof FoodTagSchema>;

export const ArticleFoodSchema = z.object({
  name: z.string().min(1),
  foodId: FoodIdSchema,
  serving: PortionSchema,
  maxServings: z.number().int().min(1).max(6),
  /** The smallest amount worth suggesting, in servings (a multiple of ½): no 2.7 g of cocoa. */
  minServings: z.number().multipleOf(0.5).min(0.5).max(6),
  tags: z.array(FoodTagSchema),
  articleHeading: z.string().min(1),
  /** The article's own word for the food, verbatim ("dried apricots", "green vegetables"). */
  articleTerm: z.string().min(1),
  /** True when the article names the food only through a general word ("green vegetables" for spinach). */
  general: z.boolean(),
  /** The meals people eat it at, most usual first: a suggestion goes to the first of them the day has (lib/suggest/meals.ts). */
  meals: z.array(MealSchema).min(1),
  /** One serving in words: count × unit of food ("0.5 cup tofu", "1 medium banana"). */
  words: z.object({ count: z.number().positive(), unit: z.string(), food: z.string().min(1), foodPlural: z.string().min(1) }),
  /**
   * Foods a young child can choke on, and what they get instead: nuts and seeds as a nut butter or ground, dried fruit
   * chopped, raw apple grated; with its own SR28 food,
   * serving and words (lib/intake/portions.ts WHOLE_NUTS_FROM_AGE).
   */
  youngChildForm: z.optional(
    z.object({
      name: z.string().min(1),
      foodId: FoodIdSchema,
      serving: PortionSchema,
      words: z.object({ count: z.number().positive(), unit: z.string(), food: z.string().min(1), foodPlural: z.string().min(1) }),
    }),
  ),
  /** What a person must know before eating it, shown with the suggestion: grapefruit and medicines. */
  caution: z.optional(z.string().min(1)),
  /** Milk and the foods like it (kefir, yogurt, soy milk): a child's plan holds one, at two drinks' worth at most. */
  milkType: z.optional(z.boolean()),
  /** Leafy greens and herbs: a plan holds at most one. */
  leafyGreen: z.boolean(),
});
export type ArticleFood = z.infer<typeof ArticleFoodSchema>;
export const ArticleFoodsFileSchema = z.object({ source: z.string(), foods: z.array(ArticleFoodSchema).min(1) });

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

/** data/everyday-names.json: a name by hand, one for everyone or a US and a British form. */
const CuratedNameSchema = z.union([z.string().min(1), z.strictObject({ us: z.string().min(1), uk: z.string().min(1) })]);
export const EverydayNamesFileSchema = z.object({ about: z.string(), names: z.record(FoodIdSchema, CuratedNameSchema) });

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
