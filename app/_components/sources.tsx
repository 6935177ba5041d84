// Server-rendered: where every figure on the page comes from. The page's running text names no database, formula or
// author; they are all here (and in the report's footnotes).
import { shortCitation } from "@/lib/intake/absorption";
import { STUDIES, SUPPLEMENT_CALCIUM_ABSORPTION } from "@/lib/intake/absorption-studies";
import { INTAKES, STANDARD_NAMES } from "@/lib/intake/intakes";
import { SUPPLEMENT_PRESETS } from "@/lib/intake/supplements";
import { MINERALS } from "@/lib/constants";
import type { Standard } from "@/lib/schema/day";

const unique = (items: readonly string[]) => [...new Set(items)];

export function Sources() {
  const standards = Object.keys(STANDARD_NAMES) as Standard[];
  const absorption = unique(
    [...Object.values(STUDIES), SUPPLEMENT_CALCIUM_ABSORPTION].map((study) => shortCitation(study.source)).filter((c) => /\d{4}$/.test(c)),
  ).sort();
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ul>
        <li>
          Food values: USDA Agricultural Research Service, National Nutrient Database for Standard Reference, Release 28
          (SR28), 2016, public domain.
        </li>
        {standards.map((standard) => (
          <li key={standard}>
            {STANDARD_NAMES[standard]}: {unique(MINERALS.map((m) => INTAKES[standard][m].source)).join("; ")}.
          </li>
        ))}
        <li>Calcium as absorbed, compared with milk&apos;s: {absorption.join("; ")}.</li>
        <li>
          Supplements: {SUPPLEMENT_PRESETS.map((p) => p.source).join(" ")}
        </li>
        <li>
          Suggested foods: an article on night leg cramps and how to ease them, which ties them to low magnesium,
          potassium and calcium and names foods that supply them. Its home remedies are not recommended here.
        </li>
      </ul>
    </section>
  );
}
