"use client";

import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { FoodSearchResponse } from "@/lib/schema/food";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

export const FOOD_SEARCH_RESULTS = 8;

export function foodSearchOptions(query: string, limit = FOOD_SEARCH_RESULTS) {
  const q = query.trim();
  return queryOptions({
    queryKey: queryKeys.foodSearch(q.toLowerCase(), limit),
    queryFn: ({ signal }) =>
      fetchJson<FoodSearchResponse>(`/api/foods?${new URLSearchParams({ q, limit: String(limit) })}`, { signal }),
    enabled: q.length > 0,
    staleTime: Infinity, // the food table never changes while the page is open
  });
}

/** Search results for what the person typed; the previous list stays while the next one loads (no flicker). */
export function useFoodSearch(query: string) {
  return useQuery({ ...foodSearchOptions(query), placeholderData: keepPreviousData });
}
