import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeAchDebit as Type } from "./types/source_type_ach_debit.js";

export type SourceTypeAchDebit = Type;
export declare const SourceTypeAchDebit: SchemaModule<Type>;
