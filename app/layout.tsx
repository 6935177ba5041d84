import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import Providers from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: "Mineral Gap: magnesium, potassium and calcium in your day",
  description:
    "Check whether a typical day of eating gives you enough magnesium, potassium and calcium, using USDA food data.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5c4c" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
