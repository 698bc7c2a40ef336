import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeSepaDebit as self } from "./types/source_type_sepa_debit.js";

export type SourceTypeSepaDebit = self;
export declare const SourceTypeSepaDebit: SchemaModule<self>;
