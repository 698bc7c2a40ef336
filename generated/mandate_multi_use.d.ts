import type { SchemaModule } from "./runtime/schema.js";
import type { MandateMultiUse as Type } from "./types/mandate_multi_use.js";

export type MandateMultiUse = Type;
export declare const MandateMultiUse: SchemaModule<Type>;
