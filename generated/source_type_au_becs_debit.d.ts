import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeAuBecsDebit as self } from "./types/source_type_au_becs_debit.js";

export type SourceTypeAuBecsDebit = self;
export declare const SourceTypeAuBecsDebit: SchemaModule<self>;
