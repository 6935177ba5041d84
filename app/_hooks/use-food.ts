"use client";

import { queryOptions, useQuery } from "@tanstack/react-query";
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
