import type { SchemaModule } from "./runtime/api.js";
import type { SepaDebitGeneratedFrom as self } from "./types/sepa_debit_generated_from.js";

export type SepaDebitGeneratedFrom = self;
export declare const SepaDebitGeneratedFrom: SchemaModule<self>;
