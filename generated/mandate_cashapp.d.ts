import type { SchemaModule } from "./runtime/schema.js";
import type { MandateCashapp as Type } from "./types/mandate_cashapp.js";

export type MandateCashapp = Type;
export declare const MandateCashapp: SchemaModule<Type>;
