import { describe, expect, it } from "vitest";
import { diffDocuments } from "../../generator/diff/diff-documents.js";
import type { Semver } from "../../generator/diff/types.js";
import type { IrDocument, IrNode } from "../../generator/ir/types.js";
import { documentOf } from "./support.js";

const str = { type: "string", maxLength: 5000 };
const obj = (properties: Record<string, unknown>, required: string[] = []) => ({ type: "object", properties, required });

describe("diffDocuments, whole documents", () => {
  it("reports schemas added and removed, counts by class and the specs compared", () => {
    const report = diffDocuments(
      documentOf({ kept: obj({ a: str }), gone: obj({}), same: obj({}) }, "2022-08-01"),
      documentOf({ kept: obj({ a: str, b: str }), fresh: obj({}), same: obj({}) }, "2023-08-16"),
    );
    expect(report).toEqual({
      old: { title: "T", version: "2022-08-01", openapi: "3.0.0", schemas: 3 },
      new: { title: "T", version: "2023-08-16", openapi: "3.0.0", schemas: 3 },
      semver: "major",
      counts: { breaking: 1, additive: 2, neutral: 0 },
      schemas: { added: ["fresh"], removed: ["gone"], changed: ["kept"], unchanged: 1 },
      changes: [
        { schema: "fresh", path: "", rule: "schema.added", class: "additive" },
        { schema: "gone", path: "", rule: "schema.removed", class: "breaking" },
        { schema: "kept", path: "b", rule: "property.added-optional", class: "additive", to: "string" },
      ],
    });
  });

  const semvers: [string, { given: { old: Record<string, unknown>; new: Record<string, unknown> }; want: Semver }][] = [
    ["nothing changed: patch", { given: { old: { a: obj({ x: str }) }, new: { a: obj({ x: { ...str, description: "now documented" } }) } }, want: "patch" }],
    ["only neutral changes: patch", { given: { old: { a: obj({ x: { type: "string", format: "uri" } }) }, new: { a: obj({ x: { type: "string" } }) } }, want: "patch" }],
    ["additive changes: minor", { given: { old: { a: obj({ w: str }) }, new: { a: obj({ w: str, x: str }), b: obj({}) } }, want: "minor" }],
    ["one breaking change among additive ones: major", { given: { old: { a: obj({ x: str }) }, new: { a: obj({ x: str, y: str }, ["y"]), b: obj({}) } }, want: "major" }],
  ];
  it.each(semvers)("semver: %s", (_name, { given, want }) => {
    expect(diffDocuments(documentOf(given.old), documentOf(given.new)).semver).toBe(want);
  });

  it("a type or module renamed (a collision elsewhere renamed it) is breaking", () => {
    const before = documentOf({ a_b: obj({}) });
    const after = structuredClone(before);
    after.schemas[0]!.typeName = "AB_2";
    after.schemas[0]!.fileName = "a_b_2";
    expect(diffDocuments(before, after).changes).toEqual([
      { schema: "a_b", path: "", rule: "schema.file-renamed", class: "breaking", from: "a_b", to: "a_b_2" },
      { schema: "a_b", path: "", rule: "schema.type-renamed", class: "breaking", from: "AB", to: "AB_2" },
    ]);
  });

  it("does not depend on the order of schemas or properties, and is plain JSON", () => {
    const before = documentOf({ a: obj({ x: str, y: str }), b: obj({}), c: obj({ e: { type: "string", enum: ["1", "2"] } }) });
    const after = documentOf({ a: obj({ x: { ...str, nullable: true }, z: str }, ["z"]), c: obj({ e: { type: "string", enum: ["3", "2", "1", "0"] } }), d: obj({}) });
    const report = diffDocuments(before, after);
    expect(diffDocuments(reversed(before), reversed(after))).toEqual(report);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.changes.map((change) => `${change.schema} ${change.path} ${change.rule}`)).toEqual([
      "a x nullable.added",
      "a y property.removed",
      "a z property.added-required",
      "b  schema.removed",
      "c e enum.values-added-closed",
      "d  schema.added",
    ]);
  });

  it("leaves its inputs alone", () => {
    const before = documentOf({ a: obj({ x: str }) });
    const after = documentOf({ a: obj({}) });
    const copies = structuredClone([before, after]);
    diffDocuments(before, after);
    expect([before, after]).toEqual(copies);
  });
});

/** The same document with every list the IR sorts in reverse order. */
function reversed(document: IrDocument): IrDocument {
  const flip = (node: IrNode): IrNode => {
    switch (node.kind) {
      case "object":
        return { ...node, properties: node.properties.map((property) => ({ ...property, node: flip(property.node) })).reverse() };
      case "enum":
        return { ...node, values: [...node.values].reverse() };
      case "array":
        return { ...node, items: flip(node.items) };
      default:
        return node;
    }
  };
  return { ...document, schemas: document.schemas.map((schema) => ({ ...schema, node: flip(schema.node) })).reverse() };
}
