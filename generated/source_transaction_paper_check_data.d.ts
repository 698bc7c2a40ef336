import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTransactionPaperCheckData as Type } from "./types/source_transaction_paper_check_data.js";

export type SourceTransactionPaperCheckData = Type;
export declare const SourceTransactionPaperCheckData: SchemaModule<Type>;
