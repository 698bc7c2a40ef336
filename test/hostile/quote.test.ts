import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { access, doc, key, num, str } from "../../generator/emit/quote.js";

/** Strings built from the characters that break quoting, plus anything else. */
const hostile = fc.oneof(
  fc.string({ unit: fc.constantFrom('"', "'", "\\", "`", "$", "{", "*", "/", "\n", "\r", "\u2028", "\u2029", "\u0000", "a", " ", "_") }),
  fc.string({ unit: "binary" }),
  fc.constantFrom("__proto__", "constructor", "prototype", "payment-method.types", "", "1x", "class"),
);

const evaluate = (source: string): unknown => new Function(`"use strict"; return (${source});`)();

describe("quote", () => {
  it("str() is a literal of exactly the value", () => {
    fc.assert(fc.property(hostile, (value) => evaluate(str(value)) === value));
  });

  it("key() makes an own property named exactly the value, never a prototype", () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const object = evaluate(`{ ${key(value)}: 1 }`) as object;
        return Object.getPrototypeOf(object) === Object.prototype && Object.keys(object).length === 1 && Object.getOwnPropertyDescriptor(object, value)?.value === 1;
      }),
    );
  });

  it("access() refuses __proto__", () => {
    expect(() => access("__proto__")).toThrow("access(): __proto__ reads the prototype");
  });

  it("access() reads the property named by the value", () => {
    fc.assert(
      fc.property(
        hostile.filter((value) => value !== "__proto__"),
        (value) => (evaluate(`(o) => o${access(value)}`) as (o: object) => unknown)(Object.fromEntries([[value, 7]])) === 7,
      ),
    );
  });

  it("doc() can't end a comment", () => {
    fc.assert(fc.property(hostile, (value) => !doc(value).includes("*/") && !/[\u2028\u2029\r]/.test(doc(value))));
  });

  it("str() quotes as prettier does", async () => {
    const values = fc.sample(hostile, { numRuns: 300, seed: 42 });
    for (const value of [...values, 'a"b', "it's", `"'"`, `'"'`, `""'`]) {
      const source = `const x = ${str(value)};\n`;
      expect(await prettier.format(source, { parser: "babel" }), JSON.stringify(value)).toBe(source);
    }
  });

  it("num() is a literal of exactly the value, printed as prettier prints it", async () => {
    const values = [...fc.sample(fc.double({ noNaN: true, noDefaultInfinity: true }), { numRuns: 200, seed: 7 }), 1e21, -1e-7, -0, 0.1, 5e-324, Number.MAX_VALUE];
    for (const value of values) {
      expect(Object.is(evaluate(num(value)), value)).toBe(true);
      const source = `const x = ${num(value)};\n`;
      expect(await prettier.format(source, { parser: "babel" }), String(value)).toBe(source);
    }
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(() => num(value)).toThrow("has no literal");
  });
});
