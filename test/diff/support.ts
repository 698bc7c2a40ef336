import { buildIr } from "../../generator/ir/build.js";
import type { IrDocument } from "../../generator/ir/types.js";
import type { Change } from "../../generator/diff/types.js";

/** A minimal OpenAPI document holding these component schemas. */
export function documentOf(schemas: Record<string, unknown>, version = "1"): IrDocument {
  return buildIr({ openapi: "3.0.0", info: { title: "T", version }, components: { schemas } }, "spec.json");
}

/** Schemas a case may refer to: two targets and a deleted variant. */
export const TARGETS = {
  T: { type: "object", properties: { object: { type: "string", enum: ["t"] } }, required: ["object"] },
  U: { type: "object", properties: { object: { type: "string", enum: ["u"] } }, required: ["object"] },
  deleted_T: { type: "object", properties: { deleted: { type: "boolean", enum: [true] } }, required: ["deleted"] },
};

/** A change without its schema name, for cases about one schema. */
export type Found = Omit<Change, "schema">;

export function withoutSchema(changes: Change[]): Found[] {
  return changes.map(({ schema: _schema, ...rest }) => rest);
}
