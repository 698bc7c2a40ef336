/**
 * The intermediate representation between the spec and the emitters. Emitters
 * read only this: never raw OpenAPI.
 */
export type IrNode =
  | IrString
  | IrNumber
  | IrBoolean
  | IrEnum
  | IrArray
  | IrObject
  | IrUnion
  | IrRef
  | IrUnknown;

interface IrBase {
  /** `nullable: true`: `null` is a value; missing and null stay distinct. */
  nullable: boolean;
  description?: string;
  /** JSON pointer of the schema this node was built from, for messages. */
  pointer: string;
}

export interface IrString extends IrBase {
  kind: "string";
  /** In code points, as JSON Schema counts them. */
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** `unix-time`, `decimal`, … kept for docs and casting; not a type change. */
  format?: string;
}

export interface IrNumber extends IrBase {
  kind: "number";
  integer: boolean;
  format?: string;
  /** `minimum`, with `exclusiveMinimum: true` as `exclusive`. */
  min?: Bound;
  /** `maximum`, with `exclusiveMaximum: true` as `exclusive`. */
  max?: Bound;
  /** Greater than 0. */
  multipleOf?: number;
}

/** A limit of a number: `value` itself allowed (`minimum`) or not (`exclusiveMinimum: true`). */
export interface Bound {
  value: number;
  exclusive: boolean;
}

export interface IrBoolean extends IrBase {
  kind: "boolean";
}

export type EnumValue = string | number | boolean;

export interface IrEnum extends IrBase {
  kind: "enum";
  /** `string`, `number`, `integer` or `boolean`: every value has this type. */
  base: "string" | "number" | "integer" | "boolean";
  values: EnumValue[];
  /** `x-stripeBypassValidation`: the API may send values not listed; any string is accepted. */
  open: boolean;
  /** Of a string enum. */
  minLength?: number;
  maxLength?: number;
  /** Of a number or integer enum. */
  min?: Bound;
  max?: Bound;
  multipleOf?: number;
}

export interface IrArray extends IrBase {
  kind: "array";
  items: IrNode;
  minItems?: number;
  maxItems?: number;
  /** `uniqueItems: true`: no two items equal as JSON values. */
  uniqueItems?: true;
}

export interface IrProperty {
  name: string;
  required: boolean;
  node: IrNode;
}

export interface IrObject extends IrBase {
  kind: "object";
  properties: IrProperty[];
  /**
   * `additionalProperties`: a schema for the values of other keys, `true` for any value,
   * `false` for none declared (the type lists the properties; `unknownKeys` decides what
   * validation does with other keys, as the spec leaves them open or says nothing).
   */
  additional: IrNode | boolean;
  /**
   * The spec says `additionalProperties: false`: a key it doesn't declare makes the value
   * invalid in every mode, as JSON Schema says (a `oneOf` of closed objects tells them
   * apart by their keys).
   */
  sealed?: true;
  /** `minProperties` / `maxProperties`: how many own keys, declared or not. */
  minProperties?: number;
  maxProperties?: number;
  title?: string;
}

export interface IrUnion extends IrBase {
  kind: "union";
  members: IrNode[];
  /** An expandable field: an ID string or one of the expanded objects (`x-expansionResources`). */
  expandable: boolean;
  /** `oneOf`: exactly one member may accept a value (`anyOf`: at least one). */
  exclusive?: boolean;
}

export interface IrRef extends IrBase {
  kind: "ref";
  /** The spec name of the component schema (`billing_portal.configuration`). */
  target: string;
}

export interface IrUnknown extends IrBase {
  kind: "unknown";
}

/** One component schema with the names its outputs use. */
export interface IrSchema {
  /** Spec name: `billing_portal.session`. */
  name: string;
  /** TypeScript name: `BillingPortalSession`. */
  typeName: string;
  /** File stem, unique case-insensitively: `billing_portal.session`. */
  fileName: string;
  pointer: string;
  node: IrNode;
  /** Spec names of the schemas this one refers to directly, sorted. */
  refs: string[];
  /** The `object` value (and `deleted` flag) a payload of this schema carries, when the spec fixes them. */
  discriminator?: { object: string; deleted: boolean };
}

export interface IrDocument {
  title: string;
  version: string;
  openapi: string;
  /** Sorted by spec name. */
  schemas: IrSchema[];
  /** Renames made to keep names unique or valid, for the summary. */
  renames: { name: string; typeName: string; reason: string }[];
  /** What the spec says that is valid but likely a mistake, in the order read. */
  notes: IrNote[];
}

/** A remark on the spec, at a JSON pointer. */
export interface IrNote {
  pointer: string;
  message: string;
}
