"use client";

import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { MAX_PARSE_CHARS } from "@/lib/constants";
import type { ParseResponse } from "@/lib/schema/parse";
import { postJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

export function parseOptions(text: string) {
  return queryOptions({
    queryKey: queryKeys.parse(text.trim()),
    queryFn: ({ signal }) => postJson<ParseResponse>("/api/parse", { text }, signal),
    staleTime: Infinity,
  });
}

/** The foods and amounts in what the person typed; the last preview stays while the next loads. */
export function useParse(text: string) {
  const trimmed = text.trim();
  return useQuery({ ...parseOptions(text), enabled: trimmed.length > 0 && text.length <= MAX_PARSE_CHARS, placeholderData: keepPreviousData });
}
