// Grouping rows by a key (claims by source, by part of a place): the groups in the order their
// first row came, each made from its first row and then given every row of its key.
export function groupInto<T, K, G>(rows: readonly T[], key: (row: T) => K, start: (first: T) => G, add: (group: G, row: T) => void): G[] {
  const groups = new Map<K, G>();
  for (const row of rows) {
    const k = key(row);
    let group = groups.get(k);
    if (group === undefined) {
      group = start(row);
      groups.set(k, group);
    }
    add(group, row);
  }
  return [...groups.values()];
}
