import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { assignment } from "../../generator/emit/layout.js";
import { raw, reference, union, type TypeExpr } from "../../generator/emit/type-expr.js";
import { array, call, object, print, type Expr } from "../../generator/emit/js-expr.js";

const literals = (n: number, width = 8) => Array.from({ length: n }, (_, i) => raw(JSON.stringify(`v${String(i).padStart(width - 3, "0")}`)));

/** Each case is laid out by us and by prettier; they must agree exactly. */
const typeCases: [string, TypeExpr][] = [
  ["a short union stays on one line", union([raw("string"), reference("Customer"), raw("null")])],
  ["a union that fits on the next line moves there", union(literals(7))],
  ["a long union breaks one member per line", union([...literals(12), raw("null")])],
  ["an open enum keeps (string & {}) last", union([...literals(12), raw("(string & {})")])],
  ["Reference | null is never broken", union([reference("AVeryLongTypeNameThatDoesNotFitOnTheLineAtAllReallyNotEvenClose"), raw("null")])],
  ["an array of a long union", { t: "array", of: union(literals(12)) }],
  ["a nullable array of a long union", union([{ t: "array", of: union(literals(12)) }, raw("null")])],
  ["an index signature of a long union", { t: "object", properties: [], index: union(literals(12)) }],
  [
    "an inline object with properties",
    { t: "object", index: undefined, properties: [{ key: "a", optional: true, docs: "A.", type: raw("string") }, { key: '"b-c"', optional: false, docs: undefined, type: union(literals(12)) }] },
  ],
];

describe("type layout matches prettier", () => {
  it.each(typeCases)("%s", async (_name, type) => {
    const ours = `interface X {\n  ${assignment("a_property_with_a_fairly_long_name?:", type, 2, ";").join("\n")}\n}\n`;
    expect(ours).toBe(await prettier.format(ours, { parser: "typescript" }));
  });
});

const exprCases: [string, string, Expr][] = [
  ["a call that fits", "ok = ", call("wrongType", "c", array(['"id"']), '"string"', "v0")],
  ["a call broken one argument per line", "ok = ", call("wrongType", "c", array(['"a_very_long_property_name_here"', '"and_more"', "i0"]), '"object"', "v13")],
  ["a hugged last object argument", "const schema = /* @__PURE__ */ ", call("defineSchema", object([["name", '"customer_balance_resource_cash_balance_transaction_resource_adjusted"'], ["check", "check"], ["shape", "shape"]]))],
  ["a hugged array of many strings", "const e0 = ", call("set", array(Array.from({ length: 30 }, (_, i) => `"value_${i}"`)))],
  ["a nested call that cannot hug", "  ", object([["external_accounts", call("opt", call("obj", object([["data", call("req", call("list", call("ref", "BankAccount")))], ["has_more", call("req", call("bool"))]])))]])],
];

/** Schema types are type aliases: an object opens on the alias's line while `= {` fits in 80 columns. */
const objectAliasCases: [string, number, boolean][] = [
  ["an object whose `= {` ends at column 80 opens on the alias's line", 80, false],
  ["an object whose `= {` would pass column 80 opens on the next line", 81, false],
  ["a nullable object whose `= {` ends at column 80", 80, true],
  ["a nullable object whose `= {` would pass column 80", 81, true],
];

describe("object type alias layout matches prettier", () => {
  it.each(objectAliasCases)("%s", async (_name, width, nullable) => {
    const name = "A".repeat(width - "export type  = {".length);
    const object: TypeExpr = { t: "object", index: undefined, properties: [{ key: "a", optional: false, docs: "A.", type: raw("string") }] };
    const ours = `${assignment(`export type ${name} =`, nullable ? union([object, raw("null")]) : object, 0, ";").join("\n")}\n`;
    expect(ours.split("\n")[0]!.endsWith("{")).toBe(width <= 80);
    expect(ours).toBe(await prettier.format(ours, { parser: "typescript" }));
  });
});

describe("JavaScript expression layout matches prettier", () => {
  it.each(exprCases)("%s", async (_name, head, expr) => {
    const text = `${print(head.trim() === "" ? "const x = " : head, expr, ";", 0).join("\n")}\n`;
    expect(text).toBe(await prettier.format(text, { parser: "babel" }));
  });
});

describe("regressions", () => {
  it("a union with an inline object member breaks the object instead of throwing", async () => {
    const member = { t: "object" as const, index: undefined, properties: [{ key: "x", optional: true, docs: undefined, type: raw("boolean") }] };
    const ours = `interface X {\n  ${assignment("a:", union([raw("string"), member]), 2, ";").join("\n")}\n}\n`;
    expect(ours).toBe(await prettier.format(ours, { parser: "typescript" }));
  });
});

describe("regressions (from the hostile and bad-spec corpora)", () => {
  it("a type alias too long for its line moves its type to the next line", async () => {
    const ours = `${assignment(`export type ${"A".repeat(90)}_2 =`, raw("string"), 0, ";").join("\n")}\n`;
    expect(ours).toBe(await prettier.format(ours, { parser: "typescript" }));
  });

  it("deeply nested calls print in linear time, each argument once", () => {
    let expr: Expr = object([["leaf", call("str")]]);
    for (let i = 0; i < 100; i++) expr = call("opt", call("obj", object([[`level_${i}`, expr]])));
    const lines = print("const x = ", expr, ";", 0);
    expect(lines.length).toBeGreaterThan(60);
  });
});
