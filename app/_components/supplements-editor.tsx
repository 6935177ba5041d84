"use client";

import { useEffect, useId, useState } from "react";
import { MINERAL_LABELS, MINERALS } from "@/lib/constants";
import type { Supplement } from "@/lib/schema/day";
import { POTASSIUM_SUPPLEMENT_CAUTION, SUPPLEMENT_PRESETS, hasPotassiumSupplement, presetInWords } from "@/lib/intake/supplements";

type Props = {
  supplements: readonly Supplement[];
  onChange: (supplements: Supplement[]) => void;
  /** Limits the supplements pass, said beside them (lib/intake/supplements.ts supplementLimitNotes). */
  limitNotes?: readonly string[];
};

const CUSTOM = "custom";

/** The day's supplements: a preset or your own, elemental mg per unit, units a day. */
export function SupplementsEditor({ supplements, onChange, limitNotes = [] }: Props) {
  const id = useId();
  const [choice, setChoice] = useState<string>(SUPPLEMENT_PRESETS[0]!.id);
  const [announcement, setAnnouncement] = useState("");
  const preset = SUPPLEMENT_PRESETS.find((p) => p.id === choice);

  function add() {
    const next: Supplement = preset
      ? { name: preset.name, magnesium: preset.magnesium, potassium: preset.potassium, calcium: preset.calcium, count: 1 }
      : { name: "My supplement", magnesium: 0, potassium: 0, calcium: 0, count: 1 };
    onChange([...supplements, next]);
    setAnnouncement(`Added ${next.name}.`);
  }

  return (
    <div className="supplements">
      <div className="add-supplement">
        <label className="field">
          Supplement to add
          <select value={choice} onChange={(event) => setChoice(event.target.value)} aria-describedby={`${id}-source`}>
            {SUPPLEMENT_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            <option value={CUSTOM}>Another supplement (enter its amounts)</option>
          </select>
        </label>
        <button type="button" onClick={add}>
          Add supplement
        </button>
      </div>
      <p id={`${id}-source`} className="help">
        {preset
          ? `${presetInWords(preset)} Your label's "Supplement Facts" gives the amount of your product: change the numbers to match it.`
          : 'Enter the elemental mg your label gives per tablet, capsule or scoop (in "Supplement Facts").'}
      </p>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {supplements.length === 0 ? (
        <p className="empty">No supplements. Add any you take most days.</p>
      ) : (
        <ul className="entries">
          {supplements.map((supplement, index) => (
            <SupplementRow
              key={`${index}-${supplements.length}`}
              supplement={supplement}
              onChange={(next) => onChange(supplements.map((s, i) => (i === index ? next : s)))}
              onRemove={() => {
                onChange(supplements.filter((_, i) => i !== index));
                setAnnouncement(`Removed ${supplement.name}.`);
              }}
            />
          ))}
        </ul>
      )}
      {limitNotes.map((note) => (
        <p key={note} className="warning limit-note" role="note">
          {note}
        </p>
      ))}
      {hasPotassiumSupplement(supplements) ? (
        <p className="warning" role="note">
          {POTASSIUM_SUPPLEMENT_CAUTION}
        </p>
      ) : null}
    </div>
  );
}

// The rules a typed supplement must meet are the API's own schema (zod/mini): it loads with the first supplement
// row, not with the page, as most days have none.
type DaySchemaModule = typeof import("@/lib/schema/day");
let daySchema: Promise<DaySchemaModule> | null = null;
function loadDaySchema(): Promise<DaySchemaModule> {
  // A failed load (a dropped connection) is tried again with the next keystroke; the day keeps its last valid value.
  daySchema ??= import("@/lib/schema/day").catch((error: unknown) => {
    daySchema = null;
    throw error;
  });
  return daySchema;
}

type Field = "name" | "magnesium" | "potassium" | "calcium" | "count";
const FIELDS: readonly Field[] = ["name", ...MINERALS, "count"];
const FIELD_LABELS: Record<Field, string> = {
  name: "Name",
  magnesium: `${MINERAL_LABELS.magnesium}, mg per unit`,
  potassium: `${MINERAL_LABELS.potassium}, mg per unit`,
  calcium: `${MINERAL_LABELS.calcium}, mg per unit`,
  count: "Units a day",
};

type Draft = Record<Field, string>;
const draftOf = (s: Supplement): Draft => ({
  name: s.name,
  magnesium: String(s.magnesium),
  potassium: String(s.potassium),
  calcium: String(s.calcium),
  count: String(s.count),
});

/**
 * One supplement. What the person types stays in the boxes; the day takes it only once it is valid, and a box
 * that is not says why (the same rules as the API's).
 */
function SupplementRow({ supplement, onChange, onRemove }: { supplement: Supplement; onChange: (s: Supplement) => void; onRemove: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(supplement));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  useEffect(() => void loadDaySchema().catch(() => undefined), []);

  function edit(field: Field, value: string) {
    const next = { ...draft, [field]: value };
    setDraft(next);
    // Checked once the schema is there (it starts loading when the row appears); each box's checks run in order.
    loadDaySchema().then(({ SupplementSchema }) => check(SupplementSchema, next), () => undefined);
  }

  function check(schema: DaySchemaModule["SupplementSchema"], next: Draft) {
    const candidate = {
      name: next.name,
      ...Object.fromEntries([...MINERALS, "count" as const].map((f) => [f, next[f].trim() === "" ? Number.NaN : Number(next[f])])),
    };
    const parsed = schema.safeParse(candidate);
    if (parsed.success) {
      setErrors({});
      onChange(parsed.data);
      return;
    }
    const found: Partial<Record<Field, string>> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as Field;
      found[key] ??= /number/i.test(issue.message) && issue.code === "invalid_type" ? `Enter a number for ${FIELD_LABELS[key].toLowerCase()}.` : `${capitalise(issue.message)}.`;
    }
    setErrors(found);
  }

  const title = draft.name.trim() || "Supplement";
  return (
    <li className="entry">
      <fieldset className="supplement-row">
        <legend>{title}</legend>
        <div className="supplement-fields">
          {FIELDS.map((field) => (
            <label key={field} className={`field${field === "name" ? " field-wide" : ""}`}>
              {FIELD_LABELS[field]}
              <input
                type={field === "name" ? "text" : "number"}
                inputMode={field === "name" ? "text" : "decimal"}
                min={field === "name" ? undefined : 0}
                step="any"
                value={draft[field]}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={errors[field] ? `${id}-${field}-error` : undefined}
                onChange={(event) => edit(field, event.target.value)}
              />
              {errors[field] ? (
                <span id={`${id}-${field}-error`} className="field-error">
                  {errors[field]}
                </span>
              ) : null}
            </label>
          ))}
        </div>
        <button type="button" className="secondary" onClick={onRemove} aria-label={`Remove ${title}`}>
          Remove
        </button>
      </fieldset>
    </li>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
