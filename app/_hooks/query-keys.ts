// Every React Query key, built in one place.
export const queryKeys = {
  foodSearch: (query: string, limit: number) => ["foods", "search", query, limit] as const,
  food: (id: string) => ["foods", "byId", id] as const,
};
