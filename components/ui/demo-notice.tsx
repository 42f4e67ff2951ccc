import { DEMO_DATA_NOTICE } from "@/lib/domain/figure-export";

/** Shown on every page while the data set is the demo one (and in every export's "read me"). */
export function DemoNotice() {
  return (
    <aside className="demo-notice" aria-label="Data notice">
      <p>
        <strong>{DEMO_DATA_NOTICE.label}</strong> {DEMO_DATA_NOTICE.text}
      </p>
    </aside>
  );
}
