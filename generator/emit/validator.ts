import type { Bound, IrNode, IrObject, IrSchema } from "../ir/types.js";
import { holdsNull } from "../ir/nulls.js";
import { array, arrow, call, flat, object, type Expr } from "./js-expr.js";
import { JsWriter } from "./js-writer.js";
import { WIDTH } from "./layout.js";
import { access, ident, key, literal, num, str } from "./quote.js";

/** What a validator module needs to know of the other schemas. */
export interface ModuleLookup {
  typeName(specName: string): string;
  fileName(specName: string): string;
  schema(specName: string): IrSchema;
}

/** JSON kinds a union dispatches on with `typeof`-like tests. */
type Kind = "string" | "number" | "boolean" | "array" | "object" | "any";
const KIND_ORDER: readonly Kind[] = ["string", "number", "boolean", "array", "object"];

/** `into()` takes up to three path segments as plain parameters. */
const INTO_SEGMENTS = 3;

type Branch = [condition: string | undefined, body: () => void];

/**
 * The validator/changeset module of one schema: a compiled `check(v, c)` that
 * allocates nothing on the success path (issues carry paths relative to the value
 * checked; callers put their key in front), a `shape()` built on first use by
 * changesets, and the module value made by the runtime's `defineSchema`.
 */
export function emitValidatorModule(schema: IrSchema, lookup: ModuleLookup): string {
  return new ModuleBuilder(schema, lookup).build();
}

class ModuleBuilder {
  private readonly constants = new JsWriter();
  private readonly helpers: JsWriter[] = [];
  /** Per schema imported: whether its module value (for shapes), its check and its test are used. */
  private readonly imports = new Map<string, { module?: true; check?: true; test?: true }>();
  private readonly checkRuntime = new Set<string>();
  private readonly shapeRuntime = new Set<string>();
  private readonly counters = new Map<string, number>();
  private readonly constantNames = new Map<string, string>();
  /**
   * Emitting the test rather than the check: the same walk, but the first failure returns
   * false and nothing is recorded, as `is` needs (strict, unknown keys allowed).
   */
  private testing = false;

  constructor(
    private readonly schema: IrSchema,
    private readonly lookup: ModuleLookup,
  ) {}

  build(): string {
    const check = new JsWriter();
    this.checkFunction(check, "check", this.schema.node);
    const test = new JsWriter();
    this.testing = true;
    // Locals are numbered afresh (module-level names keep counting: they share one scope).
    for (const local of ["v", "i", "n"]) this.counters.delete(local);
    this.checkFunction(test, "test", this.schema.node);
    this.testing = false;
    const shapeBody = this.shapeOf(this.schema.node);
    const w = new JsWriter();
    importLine(w, [...this.checkRuntime].sort(), "./runtime/check.js");
    importLine(w, ["defineSchema"], "./runtime/schema.js");
    importLine(w, [...this.shapeRuntime].sort(), "./runtime/shape.js");
    importLine(w, ["is", "validate"], "./runtime/validate.js");
    for (const target of [...this.imports.keys()].sort()) {
      const used = this.imports.get(target)!;
      const typeName = ident(this.lookup.typeName(target));
      const names = [...(used.module ? [typeName] : []), ...(used.check ? [`check${typeName}`] : []), ...(used.test ? [`test${typeName}`] : [])];
      importLine(w, names, `./${this.lookup.fileName(target)}.js`);
    }
    w.line("");
    if (!this.constants.isEmpty) w.append(this.constants).line("");
    for (const helper of this.helpers) w.append(helper).line("");
    w.append(check).line("");
    w.append(test).line("");
    w.block("function shape()", () => w.statement("return ", shapeBody)).line("");
    w.statement("const schema = /* @__PURE__ */ ", call("defineSchema", this.definition()));
    w.line("");
    // Validation by the check alone: a bundle that imports only these leaves the schema
    // value, and with it the shapes and the changeset runtime, out.
    w.block("function validateInput(input, options)", () => w.line("return validate(check, input, options);")).line("");
    w.block("function isValid(input)", () => w.line("return is(test, input);")).line("");
    const typeName = ident(this.schema.typeName);
    exportLine(w, [`schema as ${typeName}`, `validateInput as validate${typeName}`, `isValid as is${typeName}`, `check as check${typeName}`, `test as test${typeName}`]);
    return w.toString();
  }

  private definition(): Expr {
    const { schema } = this;
    const entries: [string, Expr][] = [["name", str(schema.name)]];
    const branch = branchOf(schema);
    if (branch !== undefined) entries.push(["branch", str(branch)]);
    entries.push(["check", "check"], ["test", "test"], ["shape", "shape"]);
    return object(entries);
  }

  /**
   * The binding of another schema's module value, imported, for shapes; a schema that
   * refers to itself (`issuing.card.replacement_for`) uses its own `schema` constant.
   */
  private moduleOf(target: string): string {
    if (target === this.schema.name) return "schema";
    this.imports.set(target, { ...this.imports.get(target), module: true });
    return ident(this.lookup.typeName(target));
  }

  /**
   * The binding of another schema's check (or test, while emitting the test), imported:
   * checks call checks, not module values, so validation alone bundles no shape.
   */
  private checkOf(target: string): string {
    const kind = this.testing ? "test" : "check";
    if (target === this.schema.name) return kind;
    this.imports.set(target, { ...this.imports.get(target), [kind]: true });
    return `${kind}${ident(this.lookup.typeName(target))}`;
  }

  /** A failed condition: in the check, `record` writes the issue; in the test, the walk ends. */
  private failure(w: JsWriter, record: () => void): void {
    if (this.testing) w.line("return false;");
    else record();
  }

  private use(...names: string[]): void {
    for (const name of names) this.checkRuntime.add(name);
  }

  private fresh(prefix: string): string {
    const n = this.counters.get(prefix) ?? 0;
    this.counters.set(prefix, n + 1);
    return `${prefix}${n}`;
  }

  /** A module-level constant, shared by every use of the same expression. */
  private constant(prefix: string, expression: Expr): string {
    const text = flat(expression);
    const known = this.constantNames.get(text);
    if (known) return known;
    const name = this.fresh(prefix);
    this.constantNames.set(text, name);
    // Marked pure, so a bundle drops a constant only the check (or only the test) uses.
    const pure = typeof expression !== "string" && expression.t === "call" ? "/* @__PURE__ */ " : "";
    this.constants.statement(`const ${name} = ${pure}`, expression);
    return name;
  }

  private enumSet(values: IrNode & { kind: "enum" }): string {
    this.use("set");
    return this.constant("e", call("set", array(values.values.map(literal))));
  }

  /** `function name(v, c)` checking `node`; objects count depth, so cyclic or very deep input ends with an issue. */
  private checkFunction(w: JsWriter, name: string, node: IrNode): void {
    if (this.testing) {
      w.block(`function ${name}(v, c)`, () => {
        if (node.kind === "object") {
          this.use("isObject", "enter");
          if (node.nullable) w.line("if (v === null) return true;");
          w.line("if (!isObject(v) || !enter(c)) return false;");
          this.objectBody(w, node, "v", []);
          w.line("c.depth--;");
        } else {
          this.value(w, node, "v", []);
        }
        w.line("return true;");
      });
      return;
    }
    w.block(`function ${name}(v, c)`, () => {
      if (node.kind === "object") {
        this.use("isObject", "wrongType", "deeper");
        if (node.nullable) w.line("if (v === null) return true;");
        w.line(`if (!isObject(v)) return wrongType(c, [], "object", v);`);
        w.line("if (!deeper(c)) return false;");
        w.line("let ok = true;");
        this.objectBody(w, node, "v", []);
        w.line("c.depth--;");
      } else {
        w.line("let ok = true;");
        this.value(w, node, "v", []);
      }
      w.line("return ok;");
    });
  }

  /** Properties, additional properties and unknown keys of a value known to be an object. */
  private objectBody(w: JsWriter, node: IrObject, x: string, path: string[]): void {
    if ((node.minProperties ?? 0) > 0 || node.maxProperties !== undefined) {
      const size = this.fresh("n");
      w.line(`const ${size} = Object.keys(${x}).length;`);
      const checks: Branch[] = [];
      const at = array(path);
      const issue = (code: string, keyword: string, limit: number) => () => {
        this.use("limitFail");
        w.statement("ok = ", call("limitFail", "c", str(code), at, object([[keyword, num(limit)]]), size));
      };
      if ((node.minProperties ?? 0) > 0) checks.push([`${size} < ${num(node.minProperties!)}`, issue("too_few", "minProperties", node.minProperties!)]);
      if (node.maxProperties !== undefined) checks.push([`${size} > ${num(node.maxProperties)}`, issue("too_many", "maxProperties", node.maxProperties)]);
      this.checks(w, checks);
    }
    for (const property of node.properties) {
      const local = this.fresh("v");
      const keyPath = [...path, str(property.name)];
      w.line(`const ${local} = ${this.read(x, property.name)};`);
      const present = () => this.value(w, { ...property.node, nullable: false }, local, keyPath);
      const blank = () => {
        this.use("missing");
        w.statement("ok = ", call("missing", "c", array(keyPath), local, "ok"));
      };
      const nullable = property.node.nullable;
      if (property.required && this.testing) {
        // The test of the value itself fails on undefined and null unless it can hold them.
        if (nullable) w.ifThen(`${local} === undefined`, "return false;");
        else if (!rejectsBlank(property.node, this.lookup)) w.ifThen(this.canBeNull(property.node) ? `${local} === undefined` : `${local} === undefined || ${local} === null`, "return false;");
        if (nullable) this.guarded(w, `${local} !== null`, present);
        else present();
      } else if (property.required) {
        // null is blank only where the property's schema can't hold it (a nullable $ref target or `{}` can).
        const blankWhen = nullable || this.canBeNull(property.node) ? `${local} === undefined` : `${local} === undefined || ${local} === null`;
        w.chain(nullable ? [[blankWhen, blank], [`${local} !== null`, present]] : [[blankWhen, blank], [undefined, present]]);
      } else {
        this.guarded(w, nullable ? `${local} !== undefined && ${local} !== null` : `${local} !== undefined`, present);
      }
    }
    const additional = node.additional;
    if (additional === false) {
      // The test runs for `is`, where unknown keys are allowed, but where the spec forbids them.
      if (this.testing && !node.sealed) return;
      this.use("set", this.testing ? "onlyKnown" : "unknownKeys");
      const known = this.constant("k", call("set", array(node.properties.map((p) => str(p.name)))));
      const refuse = () => w.statement("ok = ", call("unknownKeys", "c", array(path), x, known, "ok"));
      if (this.testing) w.ifThen(call("onlyKnown", x, known), "return false;", true);
      else if (node.sealed) refuse();
      else w.block("if (c.reject)", refuse);
    } else if (additional !== true) {
      this.use("entry");
      const declared = node.properties.length > 0 ? this.constant("k", call("set", array(node.properties.map((p) => str(p.name))))) : undefined;
      if (declared) this.use("set");
      const name = this.fresh("k");
      w.block(`for (const ${name} of Object.keys(${x}))`, () => {
        if (declared) w.line(`if (${declared}.has(${name})) continue;`);
        const local = this.fresh("v");
        w.line(`const ${local} = entry(${x}, ${name});`);
        this.value(w, additional, local, [...path, name]);
      });
    }
  }

  /** True when `null` is a value of the node: nullable itself, any value, or through a ref or union member. */
  private canBeNull(node: IrNode): boolean {
    return holdsNull(node, (name) => this.lookup.schema(name).node);
  }

  /** `x.name`, or `own(x, name)` for names `Object.prototype` has too (`constructor`, `__proto__`). */
  private read(x: string, name: string): string {
    if (name === "__proto__" || Object.hasOwn(Object.prototype, name)) {
      this.use("own");
      return `own(${x}, ${str(name)})`;
    }
    return `${x}${access(name)}`;
  }

  private guarded(w: JsWriter, condition: string, body: () => void): void {
    w.chain([[condition, body]]);
  }

  /**
   * Checks `x` (not undefined) against `node`; on failure records issues at `path` and
   * sets `ok = false`. `typed`: a union has already tested the value's JSON kind.
   */
  private value(w: JsWriter, node: IrNode, x: string, path: string[], typed = false): void {
    if (node.nullable) {
      this.guarded(w, `${x} !== null`, () => this.value(w, { ...node, nullable: false }, x, path, typed));
      return;
    }
    const at = array(path);
    const checks: Branch[] = [];
    // Issue writers, for the check; the test writes `return false` in their place (see `checks`).
    const failWith = (helper: string, ...args: Expr[]) => () => {
      this.use(helper);
      w.statement("ok = ", call(helper, "c", at, ...args));
    };
    const typeCheck = (test: string, expected: string) => {
      if (!typed) checks.push([test, failWith("wrongType", str(expected), x)]);
    };
    const maxLength = (max: number | undefined) => {
      if (max === undefined) return;
      this.use("tooLong");
      checks.push([`${x}.length > ${num(max)} && tooLong(${x}, ${num(max)})`, failWith("longFail", num(max), x)]);
    };
    const minLength = (min: number | undefined) => {
      if (min === undefined || min === 0) return;
      this.use("tooShort");
      // A code point is one or two UTF-16 units: twice the limit in units is enough code points.
      checks.push([`${x}.length < ${num(2 * min)} && tooShort(${x}, ${num(min)})`, failWith("shortFail", num(min), x)]);
    };
    /** The issue of a limit, with its words (see limit-words.ts). */
    const issue = (code: string, expected: Expr, received: Expr) => () => {
      this.use("limitFail");
      w.statement("ok = ", call("limitFail", "c", str(code), at, expected, received));
    };
    const bound = (limit: Bound | undefined, side: "min" | "max") => {
      if (limit === undefined) return;
      const [test, keyword, code] = side === "min" ? [limit.exclusive ? "<=" : "<", limit.exclusive ? "exclusiveMinimum" : "minimum", "too_small"] : [limit.exclusive ? ">=" : ">", limit.exclusive ? "exclusiveMaximum" : "maximum", "too_big"];
      checks.push([`${x} ${test} ${num(limit.value)}`, issue(code, object([[keyword, num(limit.value)]]), x)]);
    };
    const numberLimits = (limits: { min?: Bound; max?: Bound; multipleOf?: number }) => {
      bound(limits.min, "min");
      bound(limits.max, "max");
      if (limits.multipleOf === undefined) return;
      this.use("notMultipleOf");
      checks.push([`notMultipleOf(${x}, ${num(limits.multipleOf)})`, issue("not_multiple", num(limits.multipleOf), x)]);
    };
    /** `minItems`/`maxItems`, `minProperties`/`maxProperties`: `count` is an expression of the value's size. */
    const counts = (count: string, min: [string, number | undefined], max: [string, number | undefined]) => {
      if (min[1] !== undefined && min[1] > 0) checks.push([`${count} < ${num(min[1])}`, issue("too_few", object([[min[0], num(min[1])]]), count)]);
      if (max[1] !== undefined) checks.push([`${count} > ${num(max[1])}`, issue("too_many", object([[max[0], num(max[1])]]), count)]);
    };
    switch (node.kind) {
      case "unknown":
        return;
      case "string":
        typeCheck(`typeof ${x} !== "string"`, "string");
        maxLength(node.maxLength);
        minLength(node.minLength);
        if (node.pattern !== undefined) {
          this.use("regex");
          // The spec's text, for issues: a RegExp's `source` escapes `/` (`^\/v1\/file_links`).
          const source = this.constant("s", str(node.pattern));
          const pattern = this.constant("p", call("regex", source));
          checks.push([`!${pattern}.test(${x})`, () => {
            this.use("fail");
            w.statement("ok = ", call("fail", "c", str("pattern"), at, source, x));
          }]);
        }
        break;
      case "number":
        this.use(node.integer ? "isInt" : "isNum");
        checks.push([node.integer ? `!isInt(${x})` : `!isNum(${x})`, failWith("wrongType", str(node.integer ? "integer" : "number"), x)]);
        numberLimits(node);
        break;
      case "boolean":
        typeCheck(`typeof ${x} !== "boolean"`, "boolean");
        break;
      case "enum":
        if (node.open) {
          typeCheck(`typeof ${x} !== "string"`, "string");
          maxLength(node.maxLength);
          minLength(node.minLength);
        } else {
          if (node.base === "integer") this.use("isInt");
          const integer = node.base === "integer" ? ` || !isInt(${x})` : "";
          if (this.testing && node.values.length === 1) {
            // The test needs no set for one value (most often an `object` discriminator), nor an
            // issue writer: `checks` writes `return false` for a failed condition in the test.
            checks.push([`${x} !== ${literal(node.values[0]!)}${integer}`, () => undefined]);
          } else {
            const values = this.enumSet(node);
            checks.push([`!${values}.has(${x})${integer}`, failWith("notInEnum", values, x, "ok")]);
          }
          if (node.base === "string") {
            maxLength(node.maxLength);
            minLength(node.minLength);
          } else if (node.base !== "boolean") {
            numberLimits(node);
          }
        }
        break;
      case "array": {
        if (!typed) this.use("isArray");
        typeCheck(`!isArray(${x})`, "array");
        counts(`${x}.length`, ["minItems", node.minItems], ["maxItems", node.maxItems]);
        // Items of any value need no loop (so a sparse array of length 1e7 costs nothing);
        // otherwise the loop stops once the run has recorded MAX_ISSUES issues.
        const loop =
          node.items.kind === "unknown"
            ? undefined
            : () => {
                if (!this.testing) this.use("full");
                const index = this.fresh("i");
                w.block(`for (let ${index} = 0; ${index} < ${x}.length; ${index}++)`, () => {
                  const item = this.fresh("v");
                  w.line(`const ${item} = ${x}[${index}];`);
                  this.value(w, node.items, item, [...path, index]);
                  if (!this.testing) w.line("if (!ok && full(c)) break;");
                });
              };
        const unique = !node.uniqueItems
          ? undefined
          : this.testing
            ? () => {
                this.use("firstRepeat");
                w.ifThen(`firstRepeat(${x}, c.maxDepth) !== undefined`, "return false;");
              }
            : () => {
                this.use("unique");
                w.statement("ok = ", call("unique", "c", at, x, "ok"));
              };
        if (!loop && !unique) break;
        const body = () => {
          loop?.();
          unique?.();
        };
        if (checks.length === 0) body();
        else checks.push([undefined, body]);
        break;
      }
      case "object": {
        if (!typed) this.use("isObject");
        typeCheck(`!isObject(${x})`, "object");
        const body = () => this.objectBody(w, node, x, path);
        if (checks.length === 0) body();
        else checks.push([undefined, body]);
        break;
      }
      case "ref":
        this.into(w, this.checkOf(node.target), x, path);
        return;
      case "union":
        this.union(w, node.members, x, path, node.exclusive === true);
        return;
    }
    if (checks.length > 0) this.checks(w, checks);
  }

  /**
   * Conditions that fail and what follows when none does: an if / else chain in the check,
   * each condition's body writing its issue; in the test, where every failure returns, one
   * `if (…) return false;` after another, the issue writers unused.
   */
  private checks(w: JsWriter, checks: Branch[]): void {
    if (!this.testing) {
      w.chain(checks);
      return;
    }
    for (const [condition, body] of checks) {
      if (condition === undefined) body();
      else w.ifThen(condition, "return false;");
    }
  }

  /** `ok = into(c, check, x, ok, ...path)`; a deeper path goes through a small wrapper. */
  private into(w: JsWriter, check: string, x: string, path: string[]): void {
    if (this.testing) {
      w.ifThen(call(check, x, "c"), "return false;", true);
      return;
    }
    this.use("into");
    if (path.length <= INTO_SEGMENTS) {
      w.statement("ok = ", call("into", "c", check, x, "ok", ...path));
      return;
    }
    this.use("at");
    w.line("const m = c.issues.length;");
    w.statement("ok = ", call("into", "c", check, x, "ok"));
    w.block("if (c.issues.length !== m)", () => w.statement("", call("at", "c", "m", ...path)));
  }

  /**
   * A union dispatches on the value's JSON kind when each kind has one member (objects
   * may have several, told apart by `object`); otherwise each member is tried in turn.
   */
  private union(w: JsWriter, members: IrNode[], x: string, path: string[], exclusive = false): void {
    const byKind = new Map<Kind, IrNode[]>();
    for (const member of members) byKind.set(this.kindOf(member), [...(byKind.get(this.kindOf(member)) ?? []), member]);
    const dispatchable = [...byKind].every(
      // oneOf must see every member that accepts a value, so it never picks a branch by `object`.
      ([kind, list]) => kind !== "any" && (list.length === 1 || (!exclusive && kind === "object" && list.every((m) => m.kind === "ref" && closedDiscriminator(this.lookup.schema(m.target))))),
    );
    if (!dispatchable && this.testing) {
      this.use("anyOfTest");
      const tests = this.constant("a", array(members.map((member) => this.memberFunction(member))));
      w.ifThen(call("anyOfTest", "c", tests, x, ...(exclusive ? ["true"] : [])), "return false;", true);
      return;
    }
    if (!dispatchable) {
      this.use("anyOf");
      const checks = this.constant("a", array(members.map((member) => this.memberFunction(member))));
      const names = this.constant("n", array(members.map((member) => str(describe(member)))));
      const tryAll = this.fresh("u");
      const args = exclusive ? ["c", checks, names, "v", "true"] : ["c", checks, names, "v"];
      this.helpers.push(new JsWriter().block(`function ${tryAll}(v, c)`, (h) => h.statement("return ", call("anyOf", ...args))));
      this.into(w, tryAll, x, path);
      return;
    }
    const branches: Branch[] = [];
    // typeof dispatch never reaches null: accept it here when a member holds it.
    const nullMembers = members.filter((member) => this.canBeNull(member)).length;
    if (exclusive && nullMembers > 1) {
      // oneOf: null matches more than one member, so it is never exactly one.
      branches.push([
        `${x} === null`,
        () =>
          this.failure(w, () => {
            this.use("fail");
            w.statement("ok = ", call("fail", "c", str("invalid_union"), array(path), str("exactly one member"), str("null")));
          }),
      ]);
    } else if (nullMembers > 0) {
      branches.push([`${x} === null`, () => w.line("// null is a value of a member")]);
    }
    for (const kind of KIND_ORDER) {
      const list = byKind.get(kind);
      if (!list) continue;
      if (kind === "array") this.use("isArray");
      if (kind === "object") this.use("isObject");
      if (kind === "object" && list.length > 1) {
        const runtime = this.testing ? "branchTests" : "branches";
        this.use(runtime);
        const members = list.map((member) => {
          const target = this.lookup.schema((member as { target: string }).target);
          // The test needs no names: it records no issue.
          return array([...(this.testing ? [] : [str(target.name)]), this.checkOf(target.name), str(branchOf(target)!)]);
        });
        const dispatch = this.constant("d", call(runtime, arrow(array(members))));
        branches.push([kindTest(kind, x), () => this.into(w, dispatch, x, path)]);
      } else {
        branches.push([kindTest(kind, x), () => this.value(w, list[0]!, x, path, true)]);
      }
    }
    branches.push([
      undefined,
      () =>
        this.failure(w, () => {
          this.use("wrongType");
          w.statement("ok = ", call("wrongType", "c", array(path), str([...byKind.keys()].join(" | ")), x));
        }),
    ]);
    w.chain(branches);
  }

  /** A module-level check for one member of a union whose members must be tried in turn. */
  private memberFunction(member: IrNode): string {
    const name = this.fresh("u");
    const w = new JsWriter();
    if (member.kind === "ref" && !member.nullable) {
      // A wrapper, not the imported check itself, in the module-level list: where modules are
      // turned into CommonJS, a module of an import cycle may not have exported its check yet.
      w.block(`function ${name}(v, c)`, () => w.line(`return ${this.checkOf(member.target)}(v, c);`));
    } else {
      this.checkFunction(w, name, member);
    }
    this.helpers.push(w);
    return name;
  }

  private kindOf(node: IrNode): Kind {
    switch (node.kind) {
      case "string":
      case "number":
      case "boolean":
      case "array":
      case "object":
        return node.kind;
      case "enum":
        return node.base === "integer" ? "number" : node.base;
      case "ref": {
        const target = this.lookup.schema(node.target).node;
        if (target.kind === "union") return target.members.every((m) => this.kindOf(m) === "object") ? "object" : "any";
        return target.kind === "ref" ? "any" : this.kindOf(target);
      }
      default:
        return "any";
    }
  }

  /** The shape changesets and stripping use, as a builder expression. */
  private shapeOf(node: IrNode): Expr {
    const base = this.shapeBase(node);
    if (!node.nullable) return base;
    this.shapeRuntime.add("nul");
    return call("nul", base);
  }

  private shapeBase(node: IrNode): Expr {
    const builder = (name: string, ...args: Expr[]) => {
      this.shapeRuntime.add(name);
      return call(name, ...args);
    };
    switch (node.kind) {
      case "string":
        return node.format ? builder("str", str(node.format)) : builder("str");
      case "number":
        if (!node.integer) return builder("num");
        return node.format ? builder("int", str(node.format)) : builder("int");
      case "boolean":
        return builder("bool");
      case "unknown":
        return builder("any");
      case "enum":
        return node.open ? builder("oneOf", this.enumSet(node), "true") : builder("oneOf", this.enumSet(node));
      case "array":
        return builder(node.uniqueItems ? "distinct" : "list", this.shapeOf(node.items));
      case "ref":
        return builder("ref", this.moduleOf(node.target));
      case "union":
        return builder(node.exclusive === true ? "exactlyOne" : "union", ...node.members.map((member) => this.shapeOf(member)));
      case "object": {
        const fields = object(
          node.properties.map((p) => [key(p.name), builder(p.required ? "req" : "opt", this.shapeOf(p.node))] as [string, Expr]),
        );
        if (node.additional === false) {
          // Only here can strip leave fewer keys than minProperties: it cuts keys no schema declares.
          return (node.minProperties ?? 0) > 0 ? builder("atLeast", num(node.minProperties!), fields) : builder("obj", fields);
        }
        if (node.additional !== true) return builder("obj", fields, this.shapeOf(node.additional));
        // Free-form (`additionalProperties: true` or `{}`, or no properties at all): other keys are
        // data too, kept by strip and changesets; with nothing declared, the object is one value.
        return node.properties.length === 0 ? builder("any") : builder("obj", fields, builder("any"));
      }
    }
  }
}

/**
 * The `object` (and `deleted`) a schema's payloads carry, when it tells them apart from
 * every other branch: the runtime's `branches` tries no other branch once `object` chose one,
 * so an open `object` enum (any string) can't be a discriminator.
 */
function closedDiscriminator(schema: IrSchema): IrSchema["discriminator"] {
  if (schema.node.kind !== "object" || !schema.discriminator) return undefined;
  const object = schema.node.properties.find((property) => property.name === "object");
  return object?.node.kind === "enum" && !object.node.open ? schema.discriminator : undefined;
}

/** The runtime's key for a schema's payloads: its `object` value, with `#deleted` for a deleted one. */
function branchOf(schema: IrSchema): string | undefined {
  const discriminator = closedDiscriminator(schema);
  if (!discriminator) return undefined;
  return discriminator.deleted ? `${discriminator.object}#deleted` : discriminator.object;
}

function importLine(w: JsWriter, names: string[], from: string): void {
  if (names.length > 0) specifierList(w, "import", names, ` from ${str(from)};`);
}

function exportLine(w: JsWriter, specifiers: string[]): void {
  specifierList(w, "export", specifiers, ";");
}

/** `import { a, b } from "x";` or `export { a as b };`, broken one per line past 80 columns, as Prettier does. */
function specifierList(w: JsWriter, keyword: string, names: string[], end: string): void {
  const one = `${keyword} { ${names.join(", ")} }${end}`;
  if (one.length <= WIDTH) {
    w.line(one);
    return;
  }
  w.line(`${keyword} {`);
  for (const name of names) w.line(`  ${name},`);
  w.line(`}${end}`);
}

/**
 * True when the test of a (non-nullable) node fails on undefined and null: it starts with a
 * type test, or it refers to a schema that is a non-nullable object.
 */
function rejectsBlank(node: IrNode, lookup: ModuleLookup): boolean {
  switch (node.kind) {
    case "ref": {
      const target = lookup.schema(node.target).node;
      return target.kind === "object" && !target.nullable;
    }
    case "string":
    case "number":
    case "boolean":
    case "array":
    case "object":
    case "enum": // its values are never null: an enum that lists null is nullable instead
      return true;
    default:
      return false;
  }
}

function kindTest(kind: Kind, x: string): string {
  switch (kind) {
    case "array":
      return `isArray(${x})`;
    case "object":
      return `isObject(${x})`;
    default:
      return `typeof ${x} === ${str(kind)}`;
  }
}

/**
 * A union member as an issue names it among those expected: a referenced schema by its
 * name; an inline one by its kind and what tells it from the others (two strings or two
 * objects would otherwise read alike).
 */
function describe(node: IrNode): string {
  switch (node.kind) {
    case "ref":
      return node.target;
    case "enum":
      return node.values.map(String).join(" | ");
    case "number":
      return node.integer ? "integer" : "number";
    case "string":
      if (node.pattern !== undefined) return `string matching ${node.pattern}`;
      return node.maxLength !== undefined ? `string of at most ${node.maxLength} characters` : "string";
    case "object": {
      const required = node.properties.filter((property) => property.required).map((property) => property.name);
      return required.length > 0 ? `object with ${required.join(", ")}` : "object";
    }
    default:
      return node.kind;
  }
}
