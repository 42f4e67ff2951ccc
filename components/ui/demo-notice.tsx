const strings = {
  label: "Demonstration data.",
  text: "The figures shown are compiled from public reports (UN agencies, governments, parties to the conflict, media) to demonstrate the tool. Check the original sources before using any number.",
};

/** Shown on every page while the data set is the demo one. */
export function DemoNotice() {
  return (
    <aside className="demo-notice" aria-label="Data notice">
      <p>
        <strong>{strings.label}</strong> {strings.text}
      </p>
    </aside>
  );
}
