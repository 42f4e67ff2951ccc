import { describe, expect, it } from "vitest";
import { groupInto } from "./group";

describe("groupInto", () => {
  it("makes each group from its first row, gives it every row of its key, and keeps first-seen order", () => {
    const rows = [
      { k: "b", n: 1 },
      { k: "a", n: 2 },
      { k: "b", n: 3 },
    ];
    const groups = groupInto(
      rows,
      (r) => r.k,
      (first) => ({ key: first.k, first: first.n, all: [] as number[] }),
      (g, r) => g.all.push(r.n),
    );
    expect(groups).toEqual([
      { key: "b", first: 1, all: [1, 3] },
      { key: "a", first: 2, all: [2] },
    ]);
  });

  it("answers no groups for no rows", () => {
    expect(
      groupInto(
        [],
        String,
        () => [],
        () => undefined,
      ),
    ).toEqual([]);
  });
});
