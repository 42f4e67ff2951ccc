"use client";

const strings = {
  title: "Something went wrong",
  text: "This page could not be shown. The problem has been logged; try again in a moment.",
  retry: "Try again",
  home: "Go to the overview",
};

export function ErrorContent({ reset }: { reset: () => void }) {
  return (
    <div className="status-page" role="alert">
      <h1>{strings.title}</h1>
      <p>{strings.text}</p>
      <p>
        <button type="button" className="button button--primary" onClick={reset}>
          {strings.retry}
        </button>{" "}
        <a href="/">{strings.home}</a>
      </p>
    </div>
  );
}
