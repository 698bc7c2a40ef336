import type { SchemaModule } from "./runtime/api.js";
import type { SourceTransactionPaperCheckData as self } from "./types/source_transaction_paper_check_data.js";

export type SourceTransactionPaperCheckData = self;
export declare const SourceTransactionPaperCheckData: SchemaModule<self>;
