import type { SchemaModule } from "./runtime/schema.js";
import type { Rule as Type } from "./types/rule.js";

export type Rule = Type;
export declare const Rule: SchemaModule<Type>;
