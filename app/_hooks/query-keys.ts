// Every React Query key, built in one place.
import type { AnalyzeRequest } from "@/lib/schema/analysis";
import type { SuggestRequest } from "@/lib/schema/suggest";

export const queryKeys = {
  foodSearch: (query: string, limit: number) => ["foods", "search", query, limit] as const,
  food: (id: string) => ["foods", "byId", id] as const,
  analysis: (request: AnalyzeRequest) => ["analysis", request] as const,
  suggestions: (request: SuggestRequest) => ["suggestions", request] as const,
  parse: (text: string) => ["parse", text] as const,
};
