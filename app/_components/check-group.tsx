import type { ReactNode } from "react";

/**
 * A fieldset of checkboxes that chooses some of `options`; `onChange` gets the chosen ones in the options' order.
 * `children` follow the boxes inside the fieldset (a line of help).
 */
export function CheckGroup<T extends string>({
  legend,
  options,
  labels,
  chosen,
  onChange,
  className = "checks",
  children,
}: {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(option)}
            onChange={(event) => onChange(options.filter((o) => (o === option ? event.target.checked : chosen.includes(o))))}
          />
          {labels[option]}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
