import type { SchemaModule } from "./runtime/schema.js";
import type { MandateSingleUse as Type } from "./types/mandate_single_use.js";

export type MandateSingleUse = Type;
export declare const MandateSingleUse: SchemaModule<Type>;
