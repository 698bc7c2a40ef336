import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedDir, type SpecVersion } from "../support/paths.js";

/**
 * `types/index.d.ts` (the `types` entry) bundles every schema type in one file, so a
 * project that imports it has tsc read one file, not one per schema. It must declare
 * exactly what the per-schema types files declare, no more and no less.
 */
describe.each<[SpecVersion, number]>([
  ["2023-09-12", 819],
  ["2022-04-12", 561],
])("the types index of %s", (version, count) => {
  const dir = join(generatedDir(version), "types");
  const index = readFileSync(join(dir, "index.d.ts"), "utf8");
  const files = readdirSync(dir).filter((file) => file.endsWith(".d.ts") && file !== "index.d.ts");

  it("holds the declaration of every types file, word for word", () => {
    expect(files).toHaveLength(count);
    const missing = files.filter((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      // What follows the imports: the one exported declaration, with its docs.
      const declaration = text.replace(/^(import [^\n]*\n)+\n?/, "");
      expect(declaration, file).toMatch(/^(\/\*\*[\s\S]*?\*\/\n)?export (interface|type) /);
      return !index.includes(declaration);
    });
    expect(missing).toEqual([]);
  });

  it("declares nothing else but SchemaTypes, and imports nothing but Expanded", () => {
    const declared = index.match(/^export (interface|type) \w+/gm) ?? [];
    expect(declared).toHaveLength(count + 1);
    expect(new Set(declared).size).toBe(count + 1);
    expect(declared.filter((line) => line.startsWith("export interface"))).toEqual(["export interface SchemaTypes"]);
    expect(index.match(/^(import|export) .* from .*$/gm)).toEqual(['export type { Expanded } from "../runtime/expanded.js";']);
  });

  it("maps every spec name to the type its own types file declares, in SchemaTypes", () => {
    const body = index.slice(index.indexOf("export interface SchemaTypes {"));
    const members = [...body.matchAll(/^  ("[^"]+"|\w+): (\w+);$/gm)].map(([, name, type]) => [name!.replace(/^"|"$/g, ""), type!] as const);
    expect(members).toHaveLength(count);
    // Each declaration's doc ends with its spec name: `@schema \`billing_portal.session\``.
    const declaredAs = new Map([...index.matchAll(/@schema `([^`]+)`(?: \*\/|\n \*\/)\nexport type (\w+) =/g)].map(([, name, type]) => [name!, type!]));
    expect(declaredAs.size).toBe(count);
    for (const [name, type] of members) expect(type, name).toBe(declaredAs.get(name));
    expect(members).toContainEqual(["billing_portal.session", "BillingPortalSession"]);
  });

  it("has no JSDoc block that tsc would parse (one holding @see or @link), which a consumer's type-check would pay for", () => {
    const parsed = (index.match(/\/\*\*[\s\S]*?\*\//g) ?? []).filter((block) => /@(?:see|link)/i.test(block));
    expect(parsed).toEqual([]);
  });
});
