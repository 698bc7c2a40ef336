import type { IrArray, IrEnum, IrNode, IrNumber, IrObject, IrRef, IrString, IrUnion } from "../ir/types.js";
import { compareCount, compareNumberLimits } from "./compare-limits.js";
import { compareText, missingFrom } from "./order.js";
import { additionalPath, itemsPath, memberPath, propertyPath } from "./path.js";
import { CAST_FORMATS, type RuleId } from "./rules.js";
import { sketch } from "./sketch.js";
import type { Change } from "./types.js";

/** Records one change at a path of the schema being compared. */
export type Recorder = (rule: RuleId, path: string, detail?: Pick<Change, "from" | "to" | "values">) => void;

/** Compares two versions of a node, recursing into inline objects, arrays, maps and union members (never through a `$ref`). */
export function compareNode(a: IrNode, b: IrNode, path: string, record: Recorder): void {
  if (a.nullable !== b.nullable) record(b.nullable ? "nullable.added" : "nullable.removed", path);
  if (a.kind !== b.kind) {
    record("type.changed", path, { from: sketch(a, false), to: sketch(b, false) });
    return;
  }
  switch (a.kind) {
    case "string":
      return compareString(a, b as IrString, path, record);
    case "number":
      return compareNumber(a, b as IrNumber, path, record);
    case "enum":
      return compareEnum(a, b as IrEnum, path, record);
    case "array":
      return compareArray(a, b as IrArray, path, record);
    case "object":
      return compareObject(a, b as IrObject, path, record);
    case "union":
      return compareUnion(a, b as IrUnion, path, record);
    case "ref":
      if (a.target !== (b as IrRef).target) record("ref.changed", path, { from: a.target, to: (b as IrRef).target });
      return;
    case "boolean":
    case "unknown":
      return;
  }
}

function compareString(a: IrString, b: IrString, path: string, record: Recorder): void {
  compareCount("minLength", a.minLength, b.minLength, path, record);
  compareCount("maxLength", a.maxLength, b.maxLength, path, record);
  if (a.pattern !== b.pattern) {
    const rule = a.pattern === undefined ? "pattern.added" : b.pattern === undefined ? "pattern.removed" : "pattern.changed";
    record(rule, path, { ...(a.pattern === undefined ? {} : { from: a.pattern }), ...(b.pattern === undefined ? {} : { to: b.pattern }) });
  }
  compareFormat(a.format, b.format, path, record);
}

function compareNumber(a: IrNumber, b: IrNumber, path: string, record: Recorder): void {
  if (a.integer !== b.integer) record(b.integer ? "number.narrowed" : "number.widened", path, { from: sketch(a, false), to: sketch(b, false) });
  compareNumberLimits(a, b, a.integer && b.integer, path, record);
  compareFormat(a.format, b.format, path, record);
}

/** Only the formats the runtime casts matter to consumers; the others are documentation. */
function compareFormat(a: string | undefined, b: string | undefined, path: string, record: Recorder): void {
  if (a === b) return;
  const rule = a !== undefined && CAST_FORMATS.includes(a) ? "format.cast-lost" : b !== undefined && CAST_FORMATS.includes(b) ? "format.cast-gained" : "format.changed";
  record(rule, path, { ...(a === undefined ? {} : { from: a }), ...(b === undefined ? {} : { to: b }) });
}

/** Values are judged by the new enum's openness: an open enum accepts any string whatever it lists. */
function compareEnum(a: IrEnum, b: IrEnum, path: string, record: Recorder): void {
  if (a.base !== b.base) {
    record("type.changed", path, { from: sketch(a, false), to: sketch(b, false) });
    return;
  }
  if (a.open !== b.open) record(b.open ? "enum.opened" : "enum.closed", path);
  const added = missingFrom(b.values, a.values);
  const removed = missingFrom(a.values, b.values);
  if (added.length > 0) record(b.open ? "enum.values-added-open" : "enum.values-added-closed", path, { values: added });
  if (removed.length > 0) record(b.open ? "enum.values-removed-open" : "enum.values-removed-closed", path, { values: removed });
  // Both have the same base, so only its limits can be set: lengths for strings, bounds for numbers.
  compareCount("minLength", a.minLength, b.minLength, path, record);
  compareCount("maxLength", a.maxLength, b.maxLength, path, record);
  compareNumberLimits(a, b, a.base === "integer", path, record);
}

/** The array's own limits, then its items. */
function compareArray(a: IrArray, b: IrArray, path: string, record: Recorder): void {
  compareCount("minItems", a.minItems, b.minItems, path, record);
  compareCount("maxItems", a.maxItems, b.maxItems, path, record);
  if (a.uniqueItems !== b.uniqueItems) record(b.uniqueItems ? "uniqueItems.added" : "uniqueItems.removed", path);
  compareNode(a.items, b.items, itemsPath(path), record);
}

function compareObject(a: IrObject, b: IrObject, path: string, record: Recorder): void {
  const before = new Map(a.properties.map((property) => [property.name, property]));
  const after = new Map(b.properties.map((property) => [property.name, property]));
  for (const [name, property] of before) {
    if (!after.has(name)) record("property.removed", propertyPath(path, name), { from: sketch(property.node) });
  }
  for (const [name, property] of after) {
    const at = propertyPath(path, name);
    const was = before.get(name);
    if (was === undefined) {
      record(property.required ? "property.added-required" : "property.added-optional", at, { to: sketch(property.node) });
      continue;
    }
    if (was.required !== property.required) record(property.required ? "required.added" : "required.removed", at);
    compareNode(was.node, property.node, at, record);
  }
  compareAdditional(a.additional, b.additional, path, record);
  if (a.additional === false && b.additional === false && a.sealed !== b.sealed) record(b.sealed ? "additional.closed" : "additional.opened", additionalPath(path), { from: a.sealed ? "forbidden" : "none", to: b.sealed ? "forbidden" : "none" });
  compareCount("minProperties", a.minProperties, b.minProperties, path, record);
  compareCount("maxProperties", a.maxProperties, b.maxProperties, path, record);
}

function compareAdditional(a: IrNode | boolean, b: IrNode | boolean, path: string, record: Recorder): void {
  if (typeof a === "object" && typeof b === "object") return compareNode(a, b, additionalPath(path), record);
  if (a === b) return;
  const words = (additional: IrNode | boolean) => (additional === false ? "none" : additional === true ? "any" : sketch(additional));
  record(a === false && b === true ? "additional.allowed" : "additional.changed", additionalPath(path), { from: words(a), to: words(b) });
}

interface Member {
  /** What the report calls it: the schema name of a reference, else its kind (`object`, `object 2`). */
  label: string;
  isRef: boolean;
  node: IrNode;
}

/** Members matched by reference target, inline members by kind and rank among that kind. */
function membersOf(union: IrUnion): Map<string, Member> {
  const members = new Map<string, Member>();
  const seen = new Map<string, number>();
  for (const node of union.members) {
    if (node.kind === "ref") {
      members.set(`ref ${node.target}`, { label: node.target, isRef: true, node });
      continue;
    }
    const rank = (seen.get(node.kind) ?? 0) + 1;
    seen.set(node.kind, rank);
    const label = rank === 1 ? node.kind : `${node.kind} ${rank}`;
    members.set(`inline ${label}`, { label, isRef: false, node });
  }
  return members;
}

/** An expandable field's references are its expansion targets; other members are compared like any union's. */
function compareUnion(a: IrUnion, b: IrUnion, path: string, record: Recorder): void {
  if (a.expandable !== b.expandable) record(b.expandable ? "expandable.added" : "expandable.removed", path);
  const before = membersOf(a);
  const after = membersOf(b);
  const added = [...after].filter(([key]) => !before.has(key)).map(([, member]) => member);
  const removed = [...before].filter(([key]) => !after.has(key)).map(([, member]) => member);
  const isTarget = (member: Member) => a.expandable && b.expandable && member.isRef;
  const recordAll = (members: Member[], rule: RuleId) => {
    if (members.length > 0) record(rule, path, { values: members.map((member) => member.label).sort(compareText) });
  };
  recordAll(added.filter(isTarget), "expandable.targets-added");
  recordAll(removed.filter(isTarget), "expandable.targets-removed");
  recordAll(added.filter((member) => !isTarget(member)), "union.members-added");
  recordAll(removed.filter((member) => !isTarget(member)), "union.members-removed");
  for (const [key, member] of before) {
    const next = after.get(key);
    if (next !== undefined) compareNode(member.node, next.node, memberPath(path, member.label), record);
  }
}
