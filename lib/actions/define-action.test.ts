// The mutation registry names each server action by module path and export name, as strings.
// The e2e matrix checks them against a production build; this checks them on every unit run:
// each entry's module exports that name, built by defineAction with that very registry name, and
// every server action the modules export is in the registry.
import { describe, expect, it } from "vitest";
import { besideFields } from "@/lib/actions/define-action";
import { MUTATIONS, type MutationName } from "@/lib/auth/mutations";
import { actionMessages } from "@/lib/domain/action-messages";

const modules = [...new Set(Object.values(MUTATIONS).map((m) => m.module))];

async function load(module: string): Promise<Record<string, unknown>> {
  return import(/* @vite-ignore */ `@/${module.replace(/\.ts$/, "")}`);
}

describe("mutation registry", () => {
  it.each(Object.entries(MUTATIONS))("%s is exported where the registry says, declared under that name", async (name, entry) => {
    const exported = (await load(entry.module))[entry.export] as { mutation?: MutationName } | undefined;
    expect(typeof exported, `${entry.module} exports no ${entry.export}`).toBe("function");
    expect(exported?.mutation, `${entry.export} is declared as another action`).toBe(name);
  });

  it.each(modules)("every export of %s is a registered action", async (module) => {
    const exports = await load(module);
    for (const [exportName, value] of Object.entries(exports)) {
      const entry = Object.entries(MUTATIONS).find(([, m]) => m.module === module && m.export === exportName);
      expect(entry, `${module} exports ${exportName}, which is not in lib/auth/mutations.ts`).toBeDefined();
      expect((value as { mutation?: string }).mutation).toBe(entry?.[0]);
    }
  });

  it("every action has its words", () => {
    expect(Object.keys(actionMessages).sort()).toEqual(Object.keys(MUTATIONS).sort());
  });
});

describe("besideFields", () => {
  it("gives each code the field it is listed under", () => {
    expect(besideFields({ pcode: ["pcode_taken", "pcode_not_under_parent"], file: ["no_file"], none: [] })).toEqual({
      pcode_taken: { field: "pcode" },
      pcode_not_under_parent: { field: "pcode" },
      no_file: { field: "file" },
    });
  });
});
