"use client";

import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { Analysis, AnalyzeRequest } from "@/lib/schema/analysis";
import { postJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

export function analysisOptions(request: AnalyzeRequest) {
  return queryOptions({
    queryKey: queryKeys.analysis(request),
    queryFn: ({ signal }) => postJson<Analysis>("/api/analyze", request, signal),
    staleTime: Infinity, // the same day and profile always give the same analysis
  });
}

/** The day's totals against the person's targets; the last answer stays while an edit is analysed (no flicker). */
export function useAnalysis(request: AnalyzeRequest) {
  return useQuery({ ...analysisOptions(request), placeholderData: keepPreviousData });
}
