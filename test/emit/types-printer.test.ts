import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { inThisThread, type TypesPrinter } from "../../generator/emit/types-printer.js";
import { ROOT, SPECS } from "../support/paths.js";

/**
 * The CLI prints the types files in a worker thread (types-printer.ts), started before the
 * spec is parsed. Run from sources the worker script does not exist, so the tests of the
 * CLI in-process print in this thread; here the compiled worker is held to the same output.
 */
const compiled = (await import(join(ROOT, "dist/generator/emit/types-printer.js"))) as { inWorker: () => TypesPrinter };

describe("the types printer in a worker thread", () => {
  it("prints every file exactly as this thread does", async () => {
    const worker = compiled.inWorker();
    try {
      const [here, there] = await Promise.all([generate({ spec: SPECS["2022-04-12"], printer: inThisThread }), generate({ spec: SPECS["2022-04-12"], printer: worker })]);
      expect(there.files.size).toBe(here.files.size);
      expect([...there.files]).toEqual([...here.files]);
    } finally {
      await worker.close();
    }
  });

  it("answers requests in order, prints nothing for nothing, and refuses work once closed", async () => {
    const worker = compiled.inWorker();
    const { ir } = await generate({ spec: SPECS["2022-04-12"], typesOnly: true });
    const names = Object.fromEntries(ir.schemas.map((schema) => [schema.name, [schema.typeName, schema.fileName] as const]));
    const [charge, none, account] = await Promise.all([worker.print([ir.schemas.find((s) => s.name === "charge")!], names, true), worker.print([], names, true), worker.print([ir.schemas.find((s) => s.name === "account")!], names, true)]);
    expect(charge[0]).toContain("export type Charge = {");
    expect(none).toEqual([]);
    expect(account[0]).toContain("export type Account = {");
    await worker.close();
    await expect(worker.print([ir.schemas[0]!], names, true)).rejects.toThrow(/closed/);
  });

  it("a print pending when the worker is stopped is rejected, not left hanging", async () => {
    const worker = compiled.inWorker();
    const { ir } = await generate({ spec: SPECS["2022-04-12"], typesOnly: true });
    const names = Object.fromEntries(ir.schemas.map((schema) => [schema.name, [schema.typeName, schema.fileName] as const]));
    const pending = worker.print(ir.schemas, names, true);
    await worker.close();
    await expect(pending).rejects.toThrow(/stopped|closed/);
  });
});
