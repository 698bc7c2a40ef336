import type { IrNode, IrObject, IrProperty } from "../../generator/ir/types.js";
import { copy, isRecord, resolveNode, type Spec } from "./support.js";

/**
 * typia's "spoilers": a valid example, broken in one place, with the one issue the break
 * must cause. Everything is derived by walking an example alongside the IR of its
 * schema; nothing is listed by hand.
 */
export type Path = (string | number)[];

export type SpoilerKind = "required" | "type" | "enum" | "too_long" | "item" | "branch";

export interface Spoiler {
  kind: SpoilerKind;
  /** Where the example was broken, and how: `drop /customer`. */
  name: string;
  /** The broken copy of the example. */
  value(): unknown;
  /** Where the example was broken: issues the example had below it are gone. */
  at: Path;
  /** The issues the break must add. */
  want: { code: string; path: Path }[];
}

/** Every spoiler of `example`, a valid value of schema `name`; `examples` are other schemas' examples, for polymorphic fields. */
export function spoilers(spec: Spec, name: string, example: unknown, examples: Record<string, unknown>): Spoiler[] {
  const out: Spoiler[] = [];
  new Walker(spec, example, examples, out).node(example, spec.schema(name).node, [], false);
  return out;
}

const NOT_IN_ANY_ENUM = "spoiled-enum-value";

class Walker {
  constructor(
    private readonly spec: Spec,
    private readonly root: unknown,
    private readonly examples: Record<string, unknown>,
    private readonly out: Spoiler[],
  ) {}

  /**
   * Spoilers at and below `path`. `selected`: the value is a payload whose `object` picked
   * its schema among several. `kinds`: the JSON kinds accepted here (a union's, when the
   * node is one of its members), so a wrong-type value is wrong for the union too.
   */
  node(value: unknown, raw: IrNode, path: Path, selected: boolean, kinds = kindsOf(this.spec, raw)): void {
    if (value === null || value === undefined) return;
    const node = resolveNode(this.spec, raw);
    const wrong = wrongValue(kinds);
    const alone = kinds.size === 1 || (kinds.size === 2 && kinds.has("null"));
    switch (node.kind) {
      case "string":
        this.replace("type", path, wrong, "invalid_type");
        if (node.maxLength !== undefined) this.replace("too_long", path, "s".repeat(node.maxLength + 1), "too_long");
        return;
      case "number":
        this.replace("type", path, wrong, "invalid_type");
        if (node.integer && alone) this.replace("type", path, 1.5, "invalid_type");
        return;
      case "boolean":
        this.replace("type", path, wrong, "invalid_type");
        return;
      case "enum":
        this.replace("type", path, wrong, "invalid_type");
        if (node.open) {
          if (node.maxLength !== undefined) this.replace("too_long", path, "s".repeat(node.maxLength + 1), "too_long");
        } else if (node.base === "string") {
          this.replace("enum", path, NOT_IN_ANY_ENUM, "invalid_enum");
        } else if (node.base === "boolean" && node.values.length === 1) {
          this.replace("enum", path, !node.values[0], "invalid_enum");
        }
        return;
      case "array": {
        if (!Array.isArray(value)) return;
        const itemWrong = wrongValue(kindsOf(this.spec, node.items));
        if (value.length > 0 && itemWrong !== undefined) {
          this.replace("item", [...path, 0], itemWrong, triedInTurn(this.spec, node.items) ? "invalid_union" : "invalid_type");
        }
        value.forEach((item, i) => this.node(item, node.items, [...path, i], false));
        return;
      }
      case "object":
        if (isRecord(value)) this.object(value, node, path, selected);
        return;
      case "union":
        this.union(value, node.members, path, kinds);
        return;
      default:
        return;
    }
  }

  private object(value: Record<string, unknown>, node: IrObject, path: Path, selected: boolean): void {
    for (const property of node.properties) {
      if (!Object.hasOwn(value, property.name)) continue;
      const at = [...path, property.name];
      if (selected && (property.name === "object" || property.name === "deleted")) {
        this.selector(property, at, path);
        continue;
      }
      if (property.required) this.drop(at);
      this.node(value[property.name], property.node, at, false);
    }
    if (typeof node.additional !== "boolean") {
      const declared = new Set(node.properties.map((property) => property.name));
      for (const key of Object.keys(value)) if (!declared.has(key)) this.node(value[key], node.additional, [...path, key], false);
    }
  }

  /** The `object` of a polymorphic payload: breaking it leaves no schema chosen, so the union as a whole fails. */
  private selector(property: IrProperty, at: Path, payload: Path): void {
    if (property.name !== "object") return;
    this.push("branch", `unknown object ${pointerOf(at)}`, at, (root) => set(root, at, NOT_IN_ANY_ENUM), [{ code: "invalid_union", path: payload }]);
  }

  private union(value: unknown, members: IrNode[], path: Path, kinds: Set<Kind>): void {
    const kind = jsonKind(value);
    const candidates = members.filter((member) => kindsOf(this.spec, member).has(kind));
    if (candidates.length === 1) return this.node(value, candidates[0]!, path, false, kinds);
    const branches = candidates.filter((member) => branchOf(this.spec, member) !== undefined);
    if (candidates.length === 0 || branches.length !== candidates.length) return; // tried in turn: left to the differential test
    if (!isRecord(value)) return;
    const chosen = branches.find((member) => branchOf(this.spec, member) === branchKey(value));
    if (chosen) this.node(value, chosen, path, true);
  }

  /** Spoilers of a polymorphic field that holds an ID in the example: put another schema's example there. */
  expandable(value: unknown, members: IrNode[], path: Path): void {
    if (typeof value !== "string" && value !== null) return;
    const branches = members.filter((member) => branchOf(this.spec, member) !== undefined);
    if (branches.length < 2) return;
    for (const member of branches) {
      const name = (member as { target: string }).target;
      const example = this.examples[name];
      if (!isRecord(example)) continue;
      const own = issuesOf(this.spec, name, example, path);
      this.push("branch", `${name} example at ${pointerOf(path)}`, path, (root) => set(root, path, copy(example)), own);
      for (const other of branches) {
        const otherName = (other as { target: string }).target;
        const branch = branchOf(this.spec, other);
        if (branch === branchOf(this.spec, member) || branch === undefined) continue;
        const payload = retag(example, branch);
        this.push("branch", `${name} example tagged ${branch} at ${pointerOf(path)}`, path, (root) => set(root, path, copy(payload)), issuesOf(this.spec, otherName, payload, path));
      }
      const required = resolveObject(this.spec, member)?.properties.find((p) => p.required && p.name !== "object" && p.name !== "deleted" && Object.hasOwn(example, p.name));
      if (required) {
        const at = [...path, required.name];
        this.push("branch", `${name} example without ${required.name} at ${pointerOf(path)}`, path, (root) => {
          const payload = copy(example);
          delete payload[required.name];
          return set(root, path, payload);
        }, [...own, { code: "required", path: at }]);
      }
    }
  }

  private drop(at: Path): void {
    this.push("required", `drop ${pointerOf(at)}`, at, (root) => remove(root, at), [{ code: "required", path: at }]);
  }

  private replace(kind: SpoilerKind, at: Path, value: unknown, code: string): void {
    if (value === undefined) return;
    this.push(kind, `${pointerOf(at)} = ${JSON.stringify(value).slice(0, 20)}`, at, (root) => set(root, at, value), [{ code, path: at }]);
  }

  private push(kind: SpoilerKind, name: string, at: Path, mutate: (root: unknown) => unknown, want: Spoiler["want"]): void {
    const root = this.root;
    this.out.push({ kind, name, at, want, value: () => mutate(copy(root)) });
  }
}

/** Walks an example looking for polymorphic fields that hold IDs, and adds their spoilers. */
export function expandableSpoilers(spec: Spec, name: string, example: unknown, examples: Record<string, unknown>): Spoiler[] {
  const out: Spoiler[] = [];
  const walker = new Walker(spec, example, examples, out);
  const visit = (value: unknown, raw: IrNode, path: Path): void => {
    const node = resolveNode(spec, raw);
    if (node.kind === "union") {
      walker.expandable(value, node.members, path);
      return;
    }
    if (node.kind === "array" && Array.isArray(value)) value.forEach((item, i) => visit(item, node.items, [...path, i]));
    if (node.kind === "object" && isRecord(value)) {
      for (const property of node.properties) if (Object.hasOwn(value, property.name)) visit(value[property.name], property.node, [...path, property.name]);
    }
  };
  visit(example, spec.schema(name).node, []);
  return out;
}

/** The issues `name`'s own validator finds in `payload`, as seen from `path`. */
function issuesOf(spec: Spec, name: string, payload: unknown, path: Path): Spoiler["want"] {
  const result = spec.module(name).validate(payload);
  return result.ok ? [] : result.issues.map((issue) => ({ code: issue.code, path: [...path, ...issue.path] }));
}

/** An example re-tagged as another branch: its `object`, and `deleted` as that branch has it. */
function retag(example: Record<string, unknown>, branch: string): Record<string, unknown> {
  const payload = copy(example);
  const [object, deleted] = branch.split("#");
  payload.object = object;
  if (deleted) payload.deleted = true;
  else delete payload.deleted;
  return payload;
}

function resolveObject(spec: Spec, node: IrNode): IrObject | undefined {
  const target = resolveNode(spec, node);
  return target.kind === "object" ? target : undefined;
}

function branchOf(spec: Spec, member: IrNode): string | undefined {
  if (member.kind !== "ref") return undefined;
  const discriminator = spec.schema(member.target).discriminator;
  return discriminator && (discriminator.deleted ? `${discriminator.object}#deleted` : discriminator.object);
}

function branchKey(value: Record<string, unknown>): string | undefined {
  if (typeof value.object !== "string") return undefined;
  return value.deleted === true ? `${value.object}#deleted` : value.object;
}

type Kind = "string" | "number" | "boolean" | "array" | "object" | "null";

function jsonKind(value: unknown): Kind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean" || type === "object") return type;
  throw new Error(`Not JSON: ${type}`);
}

const ALL_KINDS: readonly Kind[] = ["string", "number", "boolean", "array", "object", "null"];

/** The JSON kinds a schema accepts some value of. */
export function kindsOf(spec: Spec, raw: IrNode): Set<Kind> {
  const node = resolveNode(spec, raw);
  const kinds = new Set<Kind>(node.nullable ? ["null"] : []);
  switch (node.kind) {
    case "string":
    case "number":
    case "boolean":
    case "array":
    case "object":
      kinds.add(node.kind);
      break;
    case "enum":
      kinds.add(node.base === "integer" ? "number" : node.base);
      break;
    case "union":
      for (const member of node.members) for (const kind of kindsOf(spec, member)) kinds.add(kind);
      break;
    default:
      return new Set(ALL_KINDS);
  }
  return kinds;
}

/** A value of a kind the schema does not accept at all (undefined when it accepts anything). */
function wrongValue(kinds: Set<Kind>): unknown {
  const candidates: [Kind, unknown][] = [["number", 12345], ["string", "spoiled"], ["boolean", true], ["array", []]];
  return candidates.find(([kind]) => !kinds.has(kind))?.[1];
}

/**
 * A union the validator tries member by member (one issue, `invalid_union`, when all
 * fail): one whose members of one JSON kind are not told apart by their `object`.
 */
function triedInTurn(spec: Spec, raw: IrNode): boolean {
  const node = resolveNode(spec, raw);
  if (node.kind !== "union") return false;
  const byKind = new Map<string, IrNode[]>();
  for (const member of node.members) {
    const kinds = [...kindsOf(spec, member)].filter((kind) => kind !== "null");
    const key = kinds.length === 1 ? kinds[0]! : "any";
    byKind.set(key, [...(byKind.get(key) ?? []), member]);
  }
  return [...byKind].some(([kind, list]) => kind === "any" || (list.length > 1 && !list.every((member) => branchOf(spec, member) !== undefined)));
}

/** RFC 6901, written here rather than taken from the runtime, so the runtime's is checked. */
export function pointerOf(path: Path): string {
  return path.map((segment) => `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** `root` with the value at `path` replaced (the root itself when `path` is empty). */
function set(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = path.slice(0, -1).reduce<unknown>((at, segment) => (at as Record<string, unknown>)[segment], root) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
  return root;
}

function remove(root: unknown, path: Path): unknown {
  const parent = path.slice(0, -1).reduce<unknown>((at, segment) => (at as Record<string, unknown>)[segment], root) as Record<string | number, unknown>;
  delete parent[path[path.length - 1]!];
  return root;
}
