import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

// The document only. The site's chrome (header, demo notice, footer) is in app/(site)/layout.tsx;
// embeddable charts (app/embed) have their own, without the header.
const strings = {
  title: "Crisis Ledger",
  description:
    "Sourced, graded humanitarian figures for Bakhmut and Donetsk oblast, with the ranges and competing claims shown side by side.",
};

export const metadata: Metadata = { title: { default: strings.title, template: `%s · ${strings.title}` }, description: strings.description };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
