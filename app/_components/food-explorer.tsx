"use client";

import { useState } from "react";
import type { Food } from "@/lib/schema";
import { FoodDetails } from "./food-details";
import { FoodSearch } from "./food-search";

/** Search the food table and look at one food's minerals. */
export function FoodExplorer() {
  const [food, setFood] = useState<Food | null>(null);
  return (
    <>
      <section className="card" aria-label="Food search">
        <FoodSearch label="Search foods" placeholder="e.g. banana, milk, pumpkin seeds" onPick={setFood} />
      </section>
      {food ? <FoodDetails food={food} /> : null}
    </>
  );
}
