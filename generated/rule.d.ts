import type { SchemaModule } from "./runtime/api.js";
import type { Rule as self } from "./types/rule.js";

export type Rule = self;
export declare const Rule: SchemaModule<self>;
