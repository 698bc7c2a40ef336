import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeAuBecsDebit as Type } from "./types/source_type_au_becs_debit.js";

export type SourceTypeAuBecsDebit = Type;
export declare const SourceTypeAuBecsDebit: SchemaModule<Type>;
