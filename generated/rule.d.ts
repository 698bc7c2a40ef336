import type { SchemaModule } from "./runtime/schema.js";
import type { Rule as Type } from "./types/rule.js";

export type { Rule } from "./types/rule.js";
declare const schema: SchemaModule<Type>;
export { schema as Rule };
