import type { Food, Nutrient } from "@/lib/schema";
import { formatMg, nutrientForGrams } from "@/lib/format";

const ROWS: Array<{ key: Nutrient; label: string; unit: string }> = [
  { key: "magnesium", label: "Magnesium", unit: "mg" },
  { key: "potassium", label: "Potassium", unit: "mg" },
  { key: "calcium", label: "Calcium", unit: "mg" },
  { key: "sodium", label: "Sodium", unit: "mg" },
  { key: "kcal", label: "Energy", unit: "kcal" },
];

/** One food's USDA values per 100 g and per its first household measure; unknown values say so. */
export function FoodDetails({ food }: { food: Food }) {
  const portion = food.portions[0];
  return (
    <section className="card food-details" aria-labelledby={`food-${food.id}`}>
      <h2 id={`food-${food.id}`}>{food.name}</h2>
      <p className="muted">
        {food.group} · USDA SR28 #{food.id}
      </p>
      <table>
        <caption>Minerals in {food.name}</caption>
        <thead>
          <tr>
            <th scope="col">Nutrient</th>
            <th scope="col">Per 100 g</th>
            {portion ? <th scope="col">Per {portion.label} ({portion.grams} g)</th> : null}
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ key, label, unit }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{formatMg(food.per100g[key], unit)}</td>
              {portion ? <td>{formatMg(nutrientForGrams(food.per100g[key], portion.grams), unit)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {ROWS.some(({ key }) => food.per100g[key] === null) ? (
        <p className="note">“Unknown” means USDA has not measured this nutrient for this food; it is not counted as zero.</p>
      ) : null}
    </section>
  );
}
