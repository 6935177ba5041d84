"use client";

import { queryOptions, useQueries, useQuery } from "@tanstack/react-query";
import type { DayEntry } from "@/lib/schema/day";
import type { Food, FoodResponse } from "@/lib/schema/food";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

export function foodOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.food(id),
    queryFn: async ({ signal }): Promise<Food> =>
      (await fetchJson<FoodResponse>(`/api/foods/${encodeURIComponent(id)}`, { signal })).food,
    staleTime: Infinity,
  });
}

/** One food of the table: name and household portions for an entry of the day. */
export function useFood(id: string) {
  return useQuery(foodOptions(id));
}

/** The day's foods from the table (each entry's row asks for its own; these are the same cached answers). */
export function useDayFoods(entries: readonly DayEntry[]): Map<string, Food> {
  const ids = [...new Set(entries.map((e) => e.foodId))];
  return useQueries({
    queries: ids.map((id) => foodOptions(id)),
    combine: (results) => new Map(results.flatMap((r, i) => (r.data ? [[ids[i]!, r.data] as const] : []))),
  });
}
