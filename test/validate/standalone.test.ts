import { describe, expect, it } from "vitest";
import { fixtures, standaloneOf } from "../support/paths.js";
import { expandableSpoilers, spoilers } from "./spoilers.js";
import { copy, loadSpec, VERSIONS } from "./support.js";

/**
 * `validate<Type>` and `is<Type>`, exported beside each schema value so that a bundle using
 * only them leaves the changeset runtime out, answer exactly as the value's `validate` and
 * `is` do: on Stripe's examples and every spoiler of them, in each mode. `is<Type>` runs the
 * module's test (its check compiled without issues), the value's `is` the check itself, so
 * this holds the two walks to the same verdicts.
 */
const OPTIONS = [undefined, { mode: "lenient" }, { unknownKeys: "reject" }, { maxDepth: 3 }] as const;

describe.each(VERSIONS)("the standalone validators of %s", (version) => {
  const examples = fixtures(version);

  it("every schema module exports its value and validate, is, check and test under its type name", async () => {
    const spec = await loadSpec(version);
    for (const schema of spec.ir.schemas) {
      const standalone = await standaloneOf(version, schema.name, schema.typeName);
      expect(standalone.check, schema.name).toBe((spec.module(schema.name) as unknown as { check: unknown }).check);
      expect(standalone.test, schema.name).not.toBe(standalone.check);
    }
  });

  it("answer as the schema value does on every example and every spoiler of it", async () => {
    const spec = await loadSpec(version);
    let compared = 0;
    const differ: string[] = [];
    for (const [name, example] of Object.entries(examples)) {
      const module = spec.module(name);
      const standalone = await standaloneOf(version, name, spec.schema(name).typeName);
      const inputs = [example, ...[...spoilers(spec, name, example, examples), ...expandableSpoilers(spec, name, example, examples)].map((spoiler) => spoiler.value())];
      for (const input of inputs) {
        for (const options of OPTIONS) {
          const [ours, theirs] = [standalone.validate(input, options && copy(options)), module.validate(input, options && copy(options))];
          if (JSON.stringify(ours) !== JSON.stringify(theirs)) differ.push(`${name} ${JSON.stringify(options)}`);
          compared++;
        }
        if (standalone.is(input) !== module.is(input)) differ.push(`${name}: is`);
      }
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(4 * Object.keys(examples).length * 10);
  });

  it('refuse unknownKeys "strip", which needs the schema value, with an issue that says so', async () => {
    const spec = await loadSpec(version);
    const standalone = await standaloneOf(version, "charge", spec.schema("charge").typeName);
    const result = standalone.validate(examples.charge, { unknownKeys: "strip" });
    expect(result).toMatchObject({ ok: false, issues: [{ code: "exception", pointer: "", message: expect.stringContaining('unknownKeys "strip" needs the schema module') }] });
    expect(spec.module("charge").validate(examples.charge, { unknownKeys: "strip" }).ok).toBe(true);
  });
});
