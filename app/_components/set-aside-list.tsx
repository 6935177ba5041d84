"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { MEAL_LABELS, MEALS, MINERAL_LABELS, MINERALS } from "@/lib/constants";
import type { DayEntry, Meal, SetAside, Supplement } from "@/lib/schema/day";
import { loadDayReader } from "../_hooks/day-store";
import { foodOptions } from "../_hooks/use-food";
import { useShownName } from "./food-name";

/** A set-aside item, fixed: it goes back into the day as a food or a supplement, and leaves the list. */
export type Fixed = { kind: "food"; entry: DayEntry } | { kind: "supplement"; supplement: Supplement };

type Props = { items: readonly SetAside[]; onPutBack: (index: number, fixed: Fixed) => void; onDrop: (index: number) => void };

/**
 * What a saved day, a file or a link held that could not be counted: each with why, a way to fix it and put it back,
 * or to drop it. Until then it is kept as it was, and counts in no total.
 */
export function SetAsideList({ items, onPutBack, onDrop }: Props) {
  const id = useId();
  if (items.length === 0) return null;
  const count = items.length === 1 ? "1 item was" : `${items.length} items were`;
  return (
    <section className="warning set-aside" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Set aside: {count} not counted</h3>
      <p className="help">
        Your day could be opened, but these could not be read as they were. They are kept here and count in no total
        until you fix or drop them.
      </p>
      <ul className="set-aside-items">
        {itemKeys(items).map((key, index) => (
          <SetAsideItem key={key} item={items[index]!} onPutBack={(fixed) => onPutBack(index, fixed)} onDrop={() => onDrop(index)} />
        ))}
      </ul>
    </section>
  );
}

/** Keys from what each item is, not where it stands: dropping one keeps what was typed into the others' fixes. */
function itemKeys(items: readonly SetAside[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = `${item.label}|${item.reason}|${JSON.stringify(item.item ?? null).slice(0, 120)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}#${n}`;
  });
}

type Obj = Record<string, unknown>;
const asObject = (value: unknown): Obj => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Obj) : {});
const text = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? String(value) : typeof value === "string" ? value : "");

function SetAsideItem({ item, onPutBack, onDrop }: { item: SetAside; onPutBack: (fixed: Fixed) => void; onDrop: () => void }) {
  const raw = asObject(item.item);
  // A share link names a food only by its id ("Food 09040"): the table's name is what a person recognises.
  const namedById = /^Food (\d{5})$/.exec(item.label)?.[1];
  const food = useQuery({ ...foodOptions(namedById ?? "00000"), enabled: namedById !== undefined });
  const shownName = useShownName();
  const label = namedById && food.data ? shownName(food.data) : item.label;
  const fixable = Object.keys(raw).length > 0 && item.lacks !== "food" && (item.kind === "supplement" || /^\d{1,5}$/.test(text(raw.foodId)));
  return (
    <li className="set-aside-item">
      <p>
        <strong>{label}</strong>: {item.reason}
      </p>
      {fixable ? (
        item.kind === "food" ? (
          <FoodFix raw={raw} label={label} gramsOnly={item.lacks === "measure"} onPutBack={onPutBack} onDrop={onDrop} />
        ) : (
          <SupplementFix raw={raw} label={label} onPutBack={onPutBack} onDrop={onDrop} />
        )
      ) : (
        <p className="button-row">
          <span className="help">
            {item.kind === "food"
              ? "It cannot be put back as it is: add the food again with the search box, then drop this."
              : "It cannot be put back as it is: add it again under Supplements, then drop this."}
          </span>
          <button type="button" className="secondary" aria-label={`Drop ${label}`} onClick={onDrop}>
            Drop
          </button>
        </p>
      )}
    </li>
  );
}

type FixProps = { raw: Obj; label: string; onPutBack: (fixed: Fixed) => void; onDrop: () => void };

/** The food's measure is not in the table: it can come back only in grams. */
type FoodFixProps = FixProps & { gramsOnly: boolean };

const GRAMS = "__grams__";

function FoodFix({ raw, label, gramsOnly, onPutBack, onDrop }: FoodFixProps) {
  const id = useId();
  const savedPortion = !gramsOnly && typeof raw.portion === "string" && raw.portion.trim() ? raw.portion : null;
  const savedMeal = MEALS.find((m) => m === (typeof raw.meal === "string" ? raw.meal.trim().toLowerCase() : ""));
  const [amount, setAmount] = useState(gramsOnly ? "" : text(raw.amount ?? raw.grams));
  const [unit, setUnit] = useState(savedPortion ?? GRAMS);
  const [meal, setMeal] = useState<Meal | "">(savedMeal ?? "");
  const [problem, setProblem] = useState<string | null>(null);

  async function putBack() {
    if (amount.trim() === "") return setProblem("Enter the amount you had.");
    if (!meal) return setProblem("Choose the meal it belongs to.");
    const { readEntry } = await loadDayReader();
    const read = readEntry({ ...raw, amount: Number(amount), portion: unit === GRAMS ? null : unit, meal });
    if (!read.ok) return setProblem(read.reason);
    onPutBack({ kind: "food", entry: read.entry });
  }

  return (
    <div className="set-aside-fix">
      <div className="field">
        <label htmlFor={`${id}-amount`}>New amount for {label}</label>
        <input
          id={`${id}-amount`}
          type="number"
          inputMode="decimal"
          step="any"
          value={amount}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-problem`}
          onChange={(event) => {
            setAmount(event.target.value);
            setProblem(null);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-unit`}>Unit</label>
        <select id={`${id}-unit`} value={unit} onChange={(event) => setUnit(event.target.value)}>
          <option value={GRAMS}>g</option>
          {savedPortion ? <option value={savedPortion}>× {savedPortion}</option> : null}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-meal`}>Meal</label>
        <select id={`${id}-meal`} value={meal} onChange={(event) => setMeal(MEALS.find((m) => m === event.target.value) ?? "")}>
          {savedMeal ? null : <option value="">Choose…</option>}
          {MEALS.map((m) => (
            <option key={m} value={m}>
              {MEAL_LABELS[m]}
            </option>
          ))}
        </select>
      </div>
      <FixActions label={label} problem={problem} problemId={`${id}-problem`} onPutBack={() => void putBack()} onDrop={onDrop} />
    </div>
  );
}

function SupplementFix({ raw, label, onPutBack, onDrop }: FixProps) {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(["name", ...MINERALS, "count"].map((key) => [key, text(raw[key])])),
  );
  const [problem, setProblem] = useState<string | null>(null);

  async function putBack() {
    const { readSupplement } = await loadDayReader();
    const numbers = Object.fromEntries([...MINERALS, "count"].map((key) => [key, values[key]!.trim() === "" ? undefined : Number(values[key])]));
    const read = readSupplement({ name: values.name, ...numbers });
    if (!read.ok) return setProblem(read.reason);
    onPutBack({ kind: "supplement", supplement: read.supplement });
  }

  const field = (key: string, labelText: string) => (
    <div className="field" key={key}>
      <label htmlFor={`${id}-${key}`}>{labelText}</label>
      <input
        id={`${id}-${key}`}
        type={key === "name" ? "text" : "number"}
        inputMode={key === "name" ? undefined : "decimal"}
        step="any"
        value={values[key]}
        aria-describedby={`${id}-problem`}
        onChange={(event) => {
          setValues({ ...values, [key]: event.target.value });
          setProblem(null);
        }}
      />
    </div>
  );

  return (
    <div className="set-aside-fix supplement">
      {field("name", `Name of ${label}`)}
      {MINERALS.map((mineral) => field(mineral, `${MINERAL_LABELS[mineral]} mg per unit`))}
      {field("count", "Units a day")}
      <FixActions label={label} problem={problem} problemId={`${id}-problem`} onPutBack={() => void putBack()} onDrop={onDrop} />
    </div>
  );
}

/** "Put back" and "Drop" for one set-aside item, and why a fix was refused, next to them. */
function FixActions({ label, problem, problemId, onPutBack, onDrop }: { label: string; problem: string | null; problemId: string; onPutBack: () => void; onDrop: () => void }) {
  return (
    <>
      <div className="button-row">
        <button type="button" aria-label={`Put back ${label}`} onClick={onPutBack}>
          Put back
        </button>
        <button type="button" className="secondary" aria-label={`Drop ${label}`} onClick={onDrop}>
          Drop
        </button>
      </div>
      <p id={problemId} className="field-error" role={problem ? "alert" : undefined}>
        {problem}
      </p>
    </>
  );
}
