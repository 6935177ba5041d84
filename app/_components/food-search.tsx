"use client";

import { useId, useState, type KeyboardEvent } from "react";
import { FOOD_QUERY_MAX_CHARS } from "@/lib/constants";
import type { Food } from "@/lib/schema/food";
import { useDebouncedValue } from "../_hooks/use-debounced-value";
import { useFoodSearch } from "../_hooks/use-food-search";
import { useShownName } from "./food-name";
import { runningText } from "@/lib/format";

const DEBOUNCE_MS = 150;

type Props = {
  /** The input's accessible name. */
  label: string;
  onPick: (food: Food) => void;
  placeholder?: string;
};

/** A combobox over the food table (WAI-ARIA 1.2 pattern): type, arrow through the listbox, Enter to pick. */
export function FoodSearch({ label, onPick, placeholder }: Props) {
  const shownName = useShownName();
  const id = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const debounced = useDebouncedValue(text, DEBOUNCE_MS);
  const search = useFoodSearch(debounced);

  const typed = text.trim().length > 0;
  const foods = typed && debounced.trim() ? (search.data?.foods ?? []) : [];
  const given = typed && debounced.trim() ? (search.data?.note ?? null) : null;
  const note = given && runningText(given);
  const showList = open && foods.length > 0;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  function pick(food: Food) {
    onPick(food);
    setText("");
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (foods.length === 0) return;
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + foods.length) % foods.length);
    } else if (event.key === "Enter") {
      const food = foods[active >= 0 ? active : 0];
      if (showList && food) {
        event.preventDefault();
        pick(food);
      }
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  let status = "";
  if (search.isError && typed) status = `Search failed: ${search.error.message}`;
  else if (typed && debounced.trim() && search.isSuccess && !search.isPlaceholderData && foods.length === 0)
    status = `No foods match “${debounced.trim()}”. Try another word.`;
  else if (showList) status = `${note ? `${note} ` : ""}${foods.length} foods found; use the arrow keys to choose.`;

  return (
    <div className="food-search">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={text}
        maxLength={FOOD_QUERY_MAX_CHARS}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && note ? (
        <p className="search-note" id={`${id}-note`}>
          {note}
        </p>
      ) : null}
      <ul id={listId} role="listbox" aria-describedby={showList && note ? `${id}-note` : undefined} aria-label={`${label}: matching foods`} hidden={!showList}>
        {foods.map((food, index) => (
          <li
            key={food.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // Keep focus in the input so the click does not close the list before it lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(food)}
          >
            {/* USDA's name and group come first for assistive technology, as the option's name always read; the
                everyday name is shown first (CSS order) and read last. */}
            {shownName(food) === food.name ? (
              <span className="option-name">{food.name}</span>
            ) : (
              <span className="option-usda">{food.name}</span>
            )}
            <span className="option-group">{food.group}</span>
            {shownName(food) === food.name ? null : <span className="option-name">{shownName(food)}</span>}
          </li>
        ))}
      </ul>
      <p className="search-status" role="status" aria-live="polite">
        {status}
        {search.isError && typed ? (
          <button type="button" className="link-button" onClick={() => search.refetch()}>
            Retry
          </button>
        ) : null}
      </p>
    </div>
  );
}
