import { connection } from "next/server";
import { BestSources } from "./_components/best-sources";
import { DayPlanner } from "./_components/day-planner";
import { Sources } from "./_components/sources";

export default async function HomePage() {
  // Rendered per request so that Next.js can put this request's CSP nonce on its scripts (see proxy.ts).
  await connection();
  return (
    <main className="page">
      <header className="hero">
        <h1>Mineral Gap</h1>
        <p className="lede">
          Does your typical day of eating give you enough magnesium, potassium and calcium? Add what you eat, and see
          your totals against the reference intakes for someone like you.
        </p>
      </header>
      <DayPlanner />
      <BestSources />
      <footer className="site-footer">
        <p>
          <strong>Food information, not medical advice.</strong> Values come from the USDA National Nutrient Database;
          reference intakes from NASEM, EFSA and the UK. If night leg cramps keep coming back, see a doctor.
        </p>
        <Sources />
      </footer>
    </main>
  );
}
