import { allBestSources } from "@/lib/suggest/best-sources";
import { formatWhole } from "@/lib/format";
import { MINERAL_LABELS, MINERALS } from "@/lib/constants";

const SHOWN = 8;

/** Server-rendered: the article's foods ranked for each mineral, per serving and per 100 kcal. */
export function BestSources() {
  const sources = allBestSources();
  return (
    <section className="card" aria-labelledby="best-sources-heading">
      <h2 id="best-sources-heading">Best sources among the article&apos;s foods</h2>
      <p className="help">Choose by hand: the foods the article names, ranked by what one realistic serving gives.</p>
      <div className="sources-grid">
        {MINERALS.map((mineral) => (
          <div key={mineral}>
            <table className="sources">
              <caption>Best sources of {MINERAL_LABELS[mineral].toLowerCase()}</caption>
              <thead>
                <tr>
                  <th scope="col">Food (serving)</th>
                  <th scope="col">mg per serving</th>
                  <th scope="col">mg per 100 kcal</th>
                </tr>
              </thead>
              <tbody>
                {sources[mineral].byServing.slice(0, SHOWN).map((row) => (
                  <tr key={row.foodId}>
                    <th scope="row">
                      {row.name} <span className="muted-inline">({row.serving})</span>
                    </th>
                    <td>
                      {formatWhole(row.mgPerServing)}
                      {formatWhole(row.labelMg) !== formatWhole(row.mgPerServing) ? <span className="muted-inline"> ({formatWhole(row.labelMg)} on the label)</span> : null}
                    </td>
                    <td>{formatWhole(row.mgPer100kcal)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {mineral === "calcium" ? (
              <p className="help">Ranked by the calcium that counts toward your target: less for spinach or beans, whose calcium is poorly absorbed.</p>
            ) : null}
            <p className="help">
              Most {MINERAL_LABELS[mineral].toLowerCase()} per 100 kcal:{" "}
              {sources[mineral].byKcal
                .slice(0, 4)
                .map((row) => row.name)
                .join(", ")}
              .
            </p>
          </div>
        ))}
      </div>
    </section>
  );
}
