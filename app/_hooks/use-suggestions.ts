"use client";

import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { SuggestRequest, SuggestResponse } from "@/lib/schema/suggest";
import { postJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

export function suggestionsOptions(request: SuggestRequest) {
  return queryOptions({
    queryKey: queryKeys.suggestions(request),
    queryFn: ({ signal }) => postJson<SuggestResponse>("/api/suggest", request, signal),
    staleTime: Infinity,
  });
}

/** Suggestions for the day and filters, once the person has asked; they follow the day as it changes. */
export function useSuggestions(request: SuggestRequest, asked: boolean) {
  return useQuery({ ...suggestionsOptions(request), enabled: asked, placeholderData: keepPreviousData });
}
