import type { SchemaModule } from "./runtime/schema.js";
import type { SepaDebitGeneratedFrom as Type } from "./types/sepa_debit_generated_from.js";

export type SepaDebitGeneratedFrom = Type;
export declare const SepaDebitGeneratedFrom: SchemaModule<Type>;
