import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeAcssDebit as self } from "./types/source_type_acss_debit.js";

export type SourceTypeAcssDebit = self;
export declare const SourceTypeAcssDebit: SchemaModule<self>;
