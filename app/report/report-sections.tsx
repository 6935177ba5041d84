// The report's parts, as server components: they only lay out the text lib/report/report.ts makes.
import type { ReportMeal, ReportSupplement } from "@/lib/report/report";
import type { TargetNote } from "@/lib/analysis/sentences";

const MINERAL_COLUMNS = [
  { key: "magnesium", symbol: "Mg", name: "magnesium" },
  { key: "potassium", symbol: "K", name: "potassium" },
  { key: "calcium", symbol: "Ca", name: "calcium" },
] as const;

function MineralHeaders() {
  return MINERAL_COLUMNS.map((m) => (
    <th key={m.key} scope="col" className="num">
      <abbr title={m.name}>{m.symbol}</abbr> mg
    </th>
  ));
}

/** A day's foods by meal; `compact` for one of several days (a smaller table, so that the days fit one page). */
export function FoodsTable({ meals, caption = "Foods by meal", compact = false }: { meals: ReportMeal[]; caption?: string; compact?: boolean }) {
  if (meals.length === 0) return <p className="report-title">{caption}: none in this day.</p>;
  return (
    <table className={compact ? "report-foods report-compact" : "report-foods"}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Food</th>
          <th scope="col">Amount</th>
          <MineralHeaders />
        </tr>
      </thead>
      {compact ? (
        // One of several days: the meal is said on each row rather than as a heading row, so the days fit one page.
        <tbody>
          {meals.flatMap((group) => group.foods.map((food, index) => <FoodRow key={`${group.meal}-${index}`} food={food} meal={group.label} />))}
        </tbody>
      ) : (
        meals.map((group) => (
          <tbody key={group.meal}>
            <tr className="report-meal">
              <th scope="colgroup" colSpan={5}>
                {group.label}
              </th>
            </tr>
            {group.foods.map((food, index) => (
              <FoodRow key={index} food={food} />
            ))}
          </tbody>
        ))
      )}
    </table>
  );
}

function FoodRow({ food, meal }: { food: ReportMeal["foods"][number]; meal?: string }) {
  return (
    <tr>
      <th scope="row">
        {meal ? <span className="report-meal-tag">{meal}: </span> : null}
        {food.dish ? <span className="report-dish">{food.dish}: </span> : null}
        <span title={food.usdaName !== food.name ? `USDA: ${food.usdaName}` : undefined}>{food.name}</span>
      </th>
      <td>{food.amount}</td>
      {MINERAL_COLUMNS.map((m) => (
        <td key={m.key} className={food.mg[m.key] === "unknown" ? "num report-unknown" : "num"}>
          {food.mg[m.key]}
        </td>
      ))}
    </tr>
  );
}

export function SupplementsTable({ supplements }: { supplements: ReportSupplement[] }) {
  if (supplements.length === 0) return <p className="report-title">Supplements: none.</p>;
  return (
    <table className="report-supplements">
      <caption>Supplements (elemental mg in one unit)</caption>
      <thead>
        <tr>
          <th scope="col">Supplement</th>
          <MineralHeaders />
          <th scope="col" className="num">
            Units a day
          </th>
        </tr>
      </thead>
      <tbody>
        {supplements.map((s, index) => (
          <tr key={index}>
            <th scope="row">{s.name}</th>
            {MINERAL_COLUMNS.map((m) => (
              <td key={m.key} className="num">
                {s.mgPerUnit[m.key]}
              </td>
            ))}
            <td className="num">{s.perDay}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}


export function TargetList({ notes, kinds }: { notes: TargetNote[]; kinds: string[] }) {
  return (
    <ul>
      {notes.map((note) => (
        <li key={note.mineral}>
          <strong>{note.label}:</strong> {note.target} {note.upperLimit}
        </li>
      ))}
      <li>{kinds.join(" ")}</li>
    </ul>
  );
}
