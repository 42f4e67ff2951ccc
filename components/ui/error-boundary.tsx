"use client";
// Keeps one failing chart from breaking the page: the chart's place shows a short message
// instead. (Server errors inside a <Suspense> boundary reach the browser as a thrown error.)
import { Component, type ReactNode } from "react";

const strings = {
  title: (what: string) => `${what} could not be loaded.`,
  hint: "The rest of the page is unaffected. Reload the page to try again.",
};

export class ChartErrorBoundary extends Component<{ what: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="chart-error" role="alert">
        <p>
          <strong>{strings.title(this.props.what)}</strong>
        </p>
        <p>{strings.hint}</p>
      </div>
    );
  }
}
