"use client";
// Loads the chart (and recharts, most of a public page's JavaScript) only when its frame comes
// near the viewport. Until then a frame of the chart's own size (.chart-frame) holds its place,
// so nothing moves when it draws; the figure's legend and "view as table" around it are server-
// rendered and need no JavaScript. Takes ClaimsChart's props unchanged and forwards them.
import { startTransition, useEffect, useRef, useState, type ComponentProps, type ComponentType } from "react";
import type { ClaimsChart } from "./claims-chart";

type Props = ComponentProps<typeof ClaimsChart>;

/** Starts loading just before the frame's top edge scrolls into view. */
const ROOT_MARGIN = "0px 0px 50px 0px";

// One import for every chart on the page: the module (and recharts) arrive once.
let chartModule: Promise<ComponentType<Props>> | null = null;
const loadChart = () => (chartModule ??= import("./claims-chart").then((m) => m.ClaimsChart));

export function LazyClaimsChart(props: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const [Chart, setChart] = useState<ComponentType<Props> | null>(null);
  useEffect(() => {
    let live = true;
    // A transition: React renders the chart in slices that yield to the browser, so drawing it
    // does not block input (one long task per chart otherwise, most of a page's blocking time).
    const load = () => void loadChart().then((component) => live && startTransition(() => setChart(() => component)));
    const element = frame.current;
    if (!element || typeof IntersectionObserver === "undefined") {
      load();
      return () => void (live = false);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          load();
        }
      },
      { rootMargin: ROOT_MARGIN },
    );
    observer.observe(element);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, []);
  if (Chart) return <Chart {...props} />;
  return <div ref={frame} className="chart-frame chart-frame--pending" aria-hidden="true" />;
}
