import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingSettlement as Type } from "./types/issuing.settlement.js";

export type IssuingSettlement = Type;
export declare const IssuingSettlement: SchemaModule<Type>;
