import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeSepaDebit as Type } from "./types/source_type_sepa_debit.js";

export type SourceTypeSepaDebit = Type;
export declare const SourceTypeSepaDebit: SchemaModule<Type>;
