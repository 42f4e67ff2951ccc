// Largest-triangle-three-buckets (Steinarsson 2013): reduces a long time series to a few
// hundred points that keep its visual shape, including single-point spikes, which averaging
// or taking every n-th point would flatten.
//
// "No information" points (y === null) are never turned into numbers and never dropped
// entirely: they split the series into segments, each run of them is kept as its first and
// last point (so the chart draws a gap where it starts and ends), and each segment is reduced
// on its own, with a share of the budget proportional to its length. Whatever else a point
// carries (low, high, figure id) travels with it, because points are returned, not copied.
//
// The input must be sorted by x. In the pathological case of a series with more gaps than
// the budget allows (more than about threshold / 2 runs), every run keeps its first and last
// point and the result exceeds `threshold`: hiding a gap or a claim would misrepresent it.

export interface SeriesPoint {
  x: number;
  y: number | null;
}

export const DEFAULT_DOWNSAMPLE_THRESHOLD = 500;

interface Run {
  start: number;
  end: number;
  isGap: boolean;
}

export function downsampleLttb<P extends SeriesPoint>(points: readonly P[], threshold: number = DEFAULT_DOWNSAMPLE_THRESHOLD): P[] {
  if (!Number.isInteger(threshold) || threshold < 3) {
    throw new RangeError(`downsampleLttb: threshold must be an integer of at least 3, got ${threshold}`);
  }
  if (points.length <= threshold) return points.slice();

  const runs = splitIntoRuns(points);
  const budgets = allocateBudgets(runs, threshold);
  return runs.flatMap((run, index) => {
    const slice = points.slice(run.start, run.end);
    return run.isGap ? firstAndLast(slice) : lttb(slice, budgets[index] ?? slice.length);
  });
}

function splitIntoRuns(points: readonly SeriesPoint[]): Run[] {
  const runs: Run[] = [];
  points.forEach((point, index) => {
    const isGap = point.y === null;
    const last = runs.at(-1);
    if (last && last.isGap === isGap) last.end = index + 1;
    else runs.push({ start: index, end: index + 1, isGap });
  });
  return runs;
}

/** How many points each value run may keep: its first and last, plus a proportional share of what is left. */
function allocateBudgets(runs: readonly Run[], threshold: number): number[] {
  const lengths = runs.map((run) => run.end - run.start);
  const minimums = lengths.map((length) => Math.min(length, 2));
  const spare = Math.max(0, threshold - minimums.reduce((sum, n) => sum + n, 0));
  const extraWanted = runs.map((run, i) => (run.isGap ? 0 : (lengths[i] ?? 0) - (minimums[i] ?? 0)));
  const totalExtraWanted = extraWanted.reduce((sum, n) => sum + n, 0);
  return runs.map((_, i) => {
    const wanted = extraWanted[i] ?? 0;
    const share = totalExtraWanted === 0 ? 0 : Math.floor((wanted * spare) / totalExtraWanted);
    return (minimums[i] ?? 0) + Math.min(wanted, share);
  });
}

function firstAndLast<P>(points: readonly P[]): P[] {
  return points.length <= 2 ? points.slice() : [points[0] as P, points[points.length - 1] as P];
}

/** Classic LTTB on a segment without gaps. */
function lttb<P extends SeriesPoint>(points: readonly P[], budget: number): P[] {
  if (budget >= points.length) return points.slice();
  if (budget <= 2) return firstAndLast(points);

  const n = points.length;
  const first = points[0] as P;
  const chosen: P[] = [first];
  const bucketSize = (n - 2) / (budget - 2);
  let previous = first;

  for (let bucket = 0; bucket < budget - 2; bucket++) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.floor((bucket + 1) * bucketSize) + 1;
    const next = average(points, end, Math.min(Math.floor((bucket + 2) * bucketSize) + 1, n));

    let best = points[start] as P;
    let largestArea = -1;
    for (let i = start; i < end; i++) {
      const candidate = points[i] as P;
      const area = Math.abs(
        (previous.x - next.x) * ((candidate.y ?? 0) - (previous.y ?? 0)) - (previous.x - candidate.x) * (next.y - (previous.y ?? 0)),
      );
      if (area > largestArea) {
        largestArea = area;
        best = candidate;
      }
    }
    chosen.push(best);
    previous = best;
  }

  chosen.push(points[n - 1] as P);
  return chosen;
}

/** Centre of points[start, end); segments hold no nulls, the `?? 0` only satisfies the type. */
function average(points: readonly SeriesPoint[], start: number, end: number): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let i = start; i < end; i++) {
    const point = points[i] as SeriesPoint;
    x += point.x;
    y += point.y ?? 0;
  }
  const count = Math.max(end - start, 1);
  return { x: x / count, y: y / count };
}
