import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeAcssDebit as Type } from "./types/source_type_acss_debit.js";

export type SourceTypeAcssDebit = Type;
export declare const SourceTypeAcssDebit: SchemaModule<Type>;
