// Places listed for choice (filters, the figure form's picker) in tree order, each place followed by
// the places under it, and siblings in the order of the name the reader sees, by the reader's
// alphabet (`formatFor(locale).compare`): a Ukrainian list sorted by English names looks random.

/** One step of a place's path from the top: the name shown, and a key (the P-code) for equal names. */
export interface PathStep {
  name: string;
  key: string;
}

type Compare = (a: string, b: string) => number;

/** Orders two places by their paths from the top: a place before those under it, siblings by name, then key. */
export function comparePlacePaths(a: readonly PathStep[], b: readonly PathStep[], compare: Compare): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    const order = compare(x.name, y.name) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
    if (order) return order;
  }
  return a.length - b.length;
}

/**
 * An outline (a list in tree order where each item has its depth, as `listPlacesAround` gives it)
 * sorted again: each item stays under the nearest item before it with a smaller depth, and siblings
 * follow the name `step` gives. Items at the top (no such item before them) are siblings of each other.
 */
export function sortOutline<T>(items: readonly T[], depth: (item: T) => number, step: (item: T) => PathStep, compare: Compare): T[] {
  const above: { depth: number; step: PathStep }[] = [];
  const withPaths = items.map((item) => {
    const d = depth(item);
    while (above.length && above[above.length - 1]!.depth >= d) above.pop();
    above.push({ depth: d, step: step(item) });
    return { item, path: above.map((a) => a.step) };
  });
  return withPaths.sort((a, b) => comparePlacePaths(a.path, b.path, compare)).map((p) => p.item);
}
