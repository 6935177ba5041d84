import { FoodExplorer } from "./_components/food-explorer";

export default function HomePage() {
  return (
    <main className="page">
      <header className="hero">
        <h1>Mineral Gap</h1>
        <p className="lede">
          Find out whether a typical day of eating gives you enough magnesium, potassium and calcium, and which foods
          close the gap.
        </p>
      </header>
      <FoodExplorer />
      <footer className="site-footer">
        <p>
          Food information from the USDA National Nutrient Database (SR28), not medical advice. If night cramps keep
          coming back, see a doctor.
        </p>
      </footer>
    </main>
  );
}
