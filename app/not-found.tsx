import { connection } from "next/server";

/**
 * Any address the app does not have. A plain link, not next/link: this boundary belongs to the root layout, so a client
 * component here would add its code to every page's first load.
 */
export default async function NotFound() {
  // Rendered per request, as every page is, so that Next.js puts this request's CSP nonce on its scripts: a page
  // prerendered at build time has none, and the policy (proxy.ts) blocks them.
  await connection();
  return (
    <main className="page">
      <header className="hero">
        <h1>Page not found</h1>
        <p className="lede">There is nothing at this address.</p>
      </header>
      <p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load is fine from a 404; see above */}
        <a href="/">Go to Mineral Gap</a> to check the magnesium, potassium and calcium in your day.
      </p>
    </main>
  );
}
