"use client";

import { queryOptions, useQuery } from "@tanstack/react-query";
import { FoodResponseSchema, type Food } from "@/lib/schema";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

export function foodOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.food(id),
    queryFn: async ({ signal }): Promise<Food> =>
      (await fetchJson(`/api/foods/${encodeURIComponent(id)}`, FoodResponseSchema, { signal })).food,
    staleTime: Infinity,
  });
}

/** One food of the table: name and household portions for an entry of the day. */
export function useFood(id: string) {
  return useQuery(foodOptions(id));
}
