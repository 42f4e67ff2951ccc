// When each step of a demo figure's history happened: near the source's publication date (or the
// figure's "as of" date when the source gave none), as if staff had entered and reviewed it then,
// instead of the moment the demo data was loaded. Pure.
//
//   created     the day after the source published, 09:00 UTC
//   submitted   4 hours later
//   reviewed    the next day (published or rejected)
//   retracted   30 days after publication
// Never later than `now` (steps keep their order, a minute apart, if a date is very recent).

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const OFFSETS: Record<string, number> = {
  created: DAY + 9 * HOUR,
  submitted: DAY + 13 * HOUR,
  published: 2 * DAY + 10 * HOUR,
  rejected: 2 * DAY + 10 * HOUR,
  retracted: 32 * DAY + 10 * HOUR,
};

/** The time of each step (in order) of a figure published (or dated) on `basis` (YYYY-MM-DD). */
export function revisionTimes(basis: string, steps: readonly string[], now: number): Date[] {
  const start = Date.parse(`${basis}T00:00:00.000Z`);
  return steps.map((step, i) => {
    const wanted = start + (OFFSETS[step] ?? DAY);
    const latest = now - (steps.length - i) * 60_000;
    return new Date(Math.min(wanted, latest));
  });
}
