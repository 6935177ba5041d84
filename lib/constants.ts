// The app's fixed lists and limits, with no zod: the page imports them from here, so a phone does not download a
// validator to learn the names of three minerals. The schemas (lib/schema/) are built on them.

/** The one place that knows the minerals Mineral Gap is about, in the order they are shown. */
export const MINERALS = ["magnesium", "potassium", "calcium"] as const;
type Mineral = (typeof MINERALS)[number];

/** One value per mineral, made by `make`. */
export const byMineral = <T>(make: (mineral: Mineral) => T): Record<Mineral, T> => ({
  magnesium: make("magnesium"),
  potassium: make("potassium"),
  calcium: make("calcium"),
});

export const MINERAL_LABELS: Record<Mineral, string> = {
  magnesium: "Magnesium",
  potassium: "Potassium",
  calcium: "Calcium",
};

export const SEXES = ["female", "male"] as const;
export const LIFE_STAGES = ["pregnant", "lactating"] as const;
export const STANDARDS = ["us", "efsa", "uk"] as const;

export const AGE_YEARS = { min: 1, max: 120 } as const;

/**
 * Health conditions that change what is safe to suggest: with either, potassium is not raised (the kidneys may not
 * clear it), and how much is right is for the person's doctor to say.
 */
export const CONDITIONS = ["kidney-disease", "potassium-raising-medicine"] as const;
export const CONDITION_LABELS: Record<(typeof CONDITIONS)[number], string> = {
  "kidney-disease": "Chronic kidney disease",
  "potassium-raising-medicine": "A medicine that raises potassium",
};
/** How big the person's servings are: "small" suggests three-quarters of each (lib/intake/portions.ts). */
export const APPETITES = ["usual", "small"] as const;
export const APPETITE_LABELS: Record<(typeof APPETITES)[number], string> = {
  usual: "Usual portions",
  small: "Small appetite (¾ portions)",
};
/** Pregnancy and breastfeeding are offered for women of these ages, as the DRI life-stage groups are. */
export const LIFE_STAGE_AGES = { min: 14, max: 50 } as const;

export function lifeStageApplies(sex: (typeof SEXES)[number], ageYears: number): boolean {
  return sex === "female" && ageYears >= LIFE_STAGE_AGES.min && ageYears <= LIFE_STAGE_AGES.max;
}

/** The most text quick add reads at once: about a page, a whole day written out several times over. */
export const MAX_PARSE_CHARS = 2_000;

export const MAX_ENTRY_GRAMS = 10_000;
export const MAX_PORTION_AMOUNT = 100;
export const MAX_ENTRIES = 500;

/** The food search box and GET /api/foods?q=: at most this many characters. */
export const FOOD_QUERY_MAX_CHARS = 200;
/** A household measure's or a dish's name, as a saved day or a request gives it. */
export const MAX_PORTION_CHARS = 200;

/** What a suggestion request may carry: foods kept through swaps, and the foods or groups to leave out. */
export const SUGGEST_LIMITS = { keptFoods: 5, excludeItems: 50, excludeItemChars: 100, excludeTextChars: 500 } as const;

export const SUPPLEMENT_LIMITS = { mgPerUnit: 5_000, count: 20, items: 20, nameChars: 100 } as const;

export const MEALS = ["breakfast", "lunch", "dinner", "snacks"] as const;
/** An entry eaten perWeek days a week counts perWeek ÷ DAYS_A_WEEK of its amount in a typical day. */
export const DAYS_A_WEEK = 7;
/** Once every two weeks, and once a month (12 months ÷ 52 weeks), as days a week. */
export const FORTNIGHTLY = 0.5;
export const MONTHLY = 12 / 52;

/** At most this many recorded days are kept and averaged, in the page and in one API request. */
export const MAX_DAYS = 14;
/** A day's name: "Mon", "a work day". */
export const MAX_DAY_LABEL_CHARS = 40;
export const MEAL_LABELS: Record<(typeof MEALS)[number], string> = { breakfast: "Breakfast", lunch: "Lunch", dinner: "Dinner", snacks: "Snacks" };

/** Version 2 added supplements (a version 1 day loads with none); version 3 holds several days (one before it). */
export const DAY_VERSION = 3;

export const DIETS = ["omnivore", "vegetarian", "vegan"] as const;
export const EXCLUDABLE = ["dairy", "nuts", "fish", "soy", "gluten"] as const;
/** "kcal": fewest calories; "changes": fewest foods added to the day; "servings": fewest servings. */
export const OBJECTIVES = ["kcal", "changes", "servings"] as const;

/** A select's or radio's value as one of its options; anything else is a bug in the page, so it throws. */
export function oneOf<const T extends string>(options: readonly T[], value: string): T {
  const found = options.find((option) => option === value);
  if (found === undefined) throw new Error(`Unexpected value "${value}": expected one of ${options.join(", ")}`);
  return found;
}
