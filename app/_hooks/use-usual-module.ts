"use client";
// The usual-intake module (lib/intake/usual.ts) and the requirement tables it reads, loaded with the first analysis
// rather than with the page: the first load is smaller by the tables (docs/benchmarks.md, issue 22).
import { useEffect, useState } from "react";

type UsualModule = typeof import("@/lib/intake/usual");

/** lib/intake/usual.ts, loaded the first time it is needed (a failed load leaves the one-day note out). */
export function useUsualModule(needed: boolean): UsualModule | null {
  const [loaded, setLoaded] = useState<UsualModule | null>(null);
  useEffect(() => {
    if (!needed || loaded) return;
    import("@/lib/intake/usual").then((module) => setLoaded(() => module), () => undefined);
  }, [needed, loaded]);
  return loaded;
}
