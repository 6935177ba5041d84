// Dishes (data/recipes.json, curated by hand): one serving of a dish people eat daily as SR28 ingredients with
// grams, each with a line on where the amounts come from. Read and validated once per process, looked up by name.
import { processWide, readDataFile } from "./data";
import { RecipesFileSchema, type Recipe } from "../schema/food";
import { nameKey } from "./words";

type Recipes = { byName: ReadonlyMap<string, Recipe>; dishes: readonly Recipe[] };

function loadRecipes(): Recipes {
  return processWide("recipes", () => {
    const { dishes } = RecipesFileSchema.parse(readDataFile("recipes.json"));
    const byName = new Map<string, Recipe>();
    for (const dish of dishes) for (const name of [dish.name, ...dish.names]) byName.set(nameKey(name), dish);
    return { byName, dishes };
  });
}

export function recipeByKey(key: string): Recipe | undefined {
  return loadRecipes().byName.get(key);
}

export function recipeByName(name: string): Recipe | undefined {
  return recipeByKey(nameKey(name));
}

export function allRecipes(): readonly Recipe[] {
  return loadRecipes().dishes;
}

export function recipeKeys(): Iterable<string> {
  return loadRecipes().byName.keys();
}

export const recipeGrams = (recipe: Recipe): number => recipe.ingredients.reduce((sum, i) => sum + i.grams, 0);
