// Helpers to write the corpus's cases compactly, and the portion ranges a dietitian would accept for what a person
// leaves unsaid.
import type { Expect, Meal } from "./foods";

export const f = (ids: string[], lo: number, hi: number, meal?: Meal | null): Expect =>
  meal === undefined ? { ids, grams: [lo, hi] } : { ids, grams: [lo, hi], meal };
export const dish = (re: RegExp, lo: number, hi: number, meal?: Meal | null): Expect =>
  meal === undefined ? { dish: re, grams: [lo, hi] } : { dish: re, grams: [lo, hi], meal };
export const missing = (re: RegExp): Expect => ({ unmatchedOrLow: re });

// Unstated portions a dietitian would accept, reused across cases.
export const P = {
  banana: [100, 140], // small 101 - large 136 (09040)
  apple: [130, 230], // medium 161-212 g
  orange: [110, 165], // 1 fruit 121-151 g
  coffee: [170, 360], // 6 fl oz 178 g .. a mug ~ 12 fl oz 355 g
  tea: [170, 360],
  splashMilk: [10, 50], // "a splash", or milk in tea/coffee: ~30 g
  glassMilk: [200, 300], // 1 cup 244 g
  glassJuice: [170, 380], // 6 fl oz 186 g .. 12 fl oz
  rice: [79, 240], // 1/2 to 1.5 cups cooked
  bowlRice: [150, 320],
  yogurt: [100, 250], // 4 oz 113 .. 8 oz 227 / cup 245
  toast1: [20, 45], // one slice 22-32 g
  toast2: [40, 75],
  butterSpread: [4, 20], // a pat 5 g .. a tbsp 14.2 g
  peas: [70, 170], // 1/2 cup 80 .. 1 cup 160
  chickenBreast: [100, 200],
  porkChop1: [100, 220],
  porkChop2: [230, 440],
  salmonFillet: [100, 230],
  codFillet: [85, 200],
  can: [330, 500], // a can (12 fl oz 355-370 g) or a 16 fl oz bottle
  wineGlass: [120, 200], // 5 fl oz 147 g .. 175 ml 174 g
  beer: [330, 630], // can 356 g .. UK pint 568 ml
} satisfies Record<string, [number, number]>;
export const fp = (ids: string[], range: [number, number], meal?: Meal | null): Expect => f(ids, range[0], range[1], meal);

// Dish ranges (summed ingredient grams)
export const D = {
  porridgeWithMilk: [200, 420], // 1 cup cooked oats 234 g (+ milk), or 40 g oats + 250 g milk
  cerealWithMilk: [150, 320], // 28-45 g cereal + 120-245 g milk
  sandwich: [120, 320], // 2 slices 50-64 g + filling 50-150 g + extras
  pizzaSlice: [80, 200],
  sideSalad: [50, 250],
  soupBowl: [240, 500],
  latte: [250, 500],
  cappuccino: [150, 400],
  smoothie: [250, 550],
  burrito: [150, 400],
  burger: [120, 320],
  stirFry: [250, 550],
  spaghettiSauce: [250, 600],
  lasagna: [150, 350],
  sushi6: [120, 260], // 6 pieces, 20-40 g each
} satisfies Record<string, [number, number]>;
export const dp = (re: RegExp, range: [number, number], meal?: Meal | null): Expect => dish(re, range[0], range[1], meal);

export const B = "breakfast" as const;
export const L = "lunch" as const;
export const Dn = "dinner" as const;
export const S = "snacks" as const;
