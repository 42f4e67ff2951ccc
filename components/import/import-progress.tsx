"use client";
// Rows done of total while a check or an apply runs: polls the batch's progress route (the work
// itself writes it to the batch row), so a long import shows it moving and the page stays usable.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

interface Progress {
  phase: string | null;
  done: number;
  total: number;
}

export function ImportProgress({ batchId, active, phase }: { batchId: number; active: boolean; phase: "checking" | "writing" }) {
  const t = useTranslations("imports.progress");
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/editor/import/${batchId}/progress`, { cache: "no-store" });
        if (response.ok && !stopped) setProgress((await response.json()) as Progress);
      } catch {
        // The next poll tries again.
      }
    };
    const timer = setInterval(() => void poll(), 700);
    void poll();
    return () => {
      stopped = true;
      clearInterval(timer);
      setProgress(null);
    };
  }, [active, batchId]);
  if (!active) return null;
  const done = progress?.phase === phase ? progress.done : 0;
  const total = progress?.phase === phase ? Math.max(progress.total, done) : 0;
  const label = total > 0 ? t(phase, { done, total }) : t(`${phase}NoTotal`, { done });
  return (
    <div role="status" aria-live="polite" className="import-progress">
      <progress max={total || undefined} value={total ? done : undefined} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
