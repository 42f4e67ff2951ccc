import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

// The document only. The site's chrome (header, demo notice, footer) is in app/(site)/layout.tsx;
// embeddable charts (app/embed) have their own, without the header.
const strings = {
  title: "Crisis Ledger",
  description:
    "Sourced, graded humanitarian figures for Bakhmut and Donetsk oblast, with the ranges and competing claims shown side by side.",
};

export const metadata: Metadata = {
  title: { default: strings.title, template: `%s · ${strings.title}` },
  description: strings.description,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: Next.js puts the request's CSP nonce (proxy.ts) on its
  // scripts only while rendering, so a page prerendered at build time would have its scripts blocked.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
