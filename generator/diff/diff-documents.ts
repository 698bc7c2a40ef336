import type { IrDocument, IrNode } from "../ir/types.js";
import { compareNode, type Recorder } from "./compare-node.js";
import { compareText, compareValues } from "./order.js";
import { RULES } from "./rules.js";
import type { Change, ChangeClass, DiffReport, Semver, SpecSummary } from "./types.js";

/**
 * The semantic difference between two specs' schemas, each change classified for consumers
 * of the generated package (see `RULES`). Pure and deterministic: the same documents give
 * the same report, sorted, and it is plain JSON.
 */
export function diffDocuments(old: IrDocument, next: IrDocument): DiffReport {
  const before = new Map(old.schemas.map((schema) => [schema.name, schema]));
  const after = new Map(next.schemas.map((schema) => [schema.name, schema]));
  const changes: Change[] = [];
  const recorder =
    (schema: string): Recorder =>
    (rule, path, detail = {}) =>
      changes.push({ schema, path, rule, class: RULES[rule].class, ...detail });

  for (const name of before.keys()) {
    if (!after.has(name)) recorder(name)("schema.removed", "");
  }
  for (const [name, schema] of after) {
    const record = recorder(name);
    const was = before.get(name);
    if (was === undefined) {
      record("schema.added", "");
      continue;
    }
    if (was.typeName !== schema.typeName) record("schema.type-renamed", "", { from: was.typeName, to: schema.typeName });
    if (was.fileName !== schema.fileName) record("schema.file-renamed", "", { from: was.fileName, to: schema.fileName });
    compareNode(was.node, schema.node, "", record);
    if (docsChanged(was.node, schema.node)) record("docs.changed", "");
  }
  changes.sort(compareChanges);

  const counts: Record<ChangeClass, number> = { breaking: 0, additive: 0, neutral: 0 };
  for (const change of changes) counts[change.class] += 1;
  const names = (rule: "schema.added" | "schema.removed") => changes.filter((change) => change.rule === rule).map((change) => change.schema);
  const added = names("schema.added");
  const removed = names("schema.removed");
  const changed = [...new Set(changes.map((change) => change.schema))].filter((name) => before.has(name) && after.has(name));
  return {
    old: summary(old),
    new: summary(next),
    semver: semverOf(counts),
    counts,
    schemas: { added, removed, changed, unchanged: before.size - removed.length - changed.length },
    changes,
  };
}

/** Descriptions and titles by path within a schema's node (refs are compared as their own schemas). */
function docs(node: IrNode, path = "", into = new Map<string, string>()): Map<string, string> {
  into.set(path, JSON.stringify([node.description ?? null, node.kind === "object" ? (node.title ?? null) : null]));
  if (node.kind === "array") docs(node.items, `${path}[]`, into);
  if (node.kind === "union") node.members.forEach((member, i) => docs(member, `${path}<${i}>`, into));
  if (node.kind === "object") {
    for (const property of node.properties) docs(property.node, `${path}.${property.name}`, into);
    if (typeof node.additional !== "boolean") docs(node.additional, `${path}.*`, into);
  }
  return into;
}

/** A description or title differs at a place both versions have (new places are reported by other rules). */
function docsChanged(a: IrNode, b: IrNode): boolean {
  const before = docs(a);
  for (const [path, text] of docs(b)) if (before.has(path) && before.get(path) !== text) return true;
  return false;
}

function summary(document: IrDocument): SpecSummary {
  return { title: document.title, version: document.version, openapi: document.openapi, schemas: document.schemas.length };
}

function semverOf(counts: Record<ChangeClass, number>): Semver {
  if (counts.breaking > 0) return "major";
  return counts.additive > 0 ? "minor" : "patch";
}

/** Schema, then path, then rule, then what changed: a total order, so the report never depends on the specs' order. */
function compareChanges(a: Change, b: Change): number {
  return (
    compareText(a.schema, b.schema) ||
    compareText(a.path, b.path) ||
    compareText(a.rule, b.rule) ||
    compareText(JSON.stringify([a.from, a.to]), JSON.stringify([b.from, b.to])) ||
    compareLists(a.values ?? [], b.values ?? [])
  );
}

function compareLists(a: NonNullable<Change["values"]>, b: NonNullable<Change["values"]>): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareValues(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
