import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeAchDebit as self } from "./types/source_type_ach_debit.js";

export type SourceTypeAchDebit = self;
export declare const SourceTypeAchDebit: SchemaModule<self>;
