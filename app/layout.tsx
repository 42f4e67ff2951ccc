import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DemoNotice } from "@/components/ui/demo-notice";
import { SiteHeader } from "@/components/ui/site-header";
import "./globals.css";

const strings = {
  title: "Crisis Ledger",
  description:
    "Sourced, graded humanitarian figures for Bakhmut and Donetsk oblast, with the ranges and competing claims shown side by side.",
  skip: "Skip to content",
  footer:
    "Crisis Ledger records what each source says, with its grade and range. No figure here is independently verified unless it says so.",
};

export const metadata: Metadata = { title: { default: strings.title, template: `%s · ${strings.title}` }, description: strings.description };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">{strings.skip}</a>
        <SiteHeader />
        <DemoNotice />
        <main id="content">{children}</main>
        <footer className="site-footer"><p>{strings.footer}</p></footer>
      </body>
    </html>
  );
}
