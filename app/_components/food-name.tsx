"use client";
// What a food is called on the page: its everyday name (docs/everyday-names.md), in British words for the UK
// standard, with USDA's full name one tap away.
import { createContext, useContext, useState } from "react";
import { shownName, type NameStyle } from "@/lib/food/name-style";

const NameStyleContext = createContext<NameStyle>("us");

/** British words ("crisps", "biscuits") when the person chose the UK standard. */
export const NameStyleProvider = NameStyleContext.Provider;

export const useNameStyle = () => useContext(NameStyleContext);

/** A food's names as the API gives them, or only USDA's while its everyday names load. */
export type Names = { name: string; everydayName?: string; britishName?: string };

/** The name a person reads, in their words. */
export function useShownName(): (food: Names) => string {
  const style = useNameStyle();
  return (food) => shownName(food, style);
}

/**
 * The everyday name; a tap on it shows USDA's full name, which assistive technology always reads after it (so a row
 * or region still answers to USDA's name).
 */
export function FoodName({ food }: { food: Names }) {
  const shown = useShownName()(food);
  const [open, setOpen] = useState(false);
  if (shown === food.name) return <span className="food-name">{shown}</span>;
  return (
    <span className="food-name">
      <button type="button" className="name-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {shown}
      </button>
      <span className={open ? "usda-name" : "sr-only"}> (USDA: {food.name})</span>
    </span>
  );
}
