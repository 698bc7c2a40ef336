import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTransactionPaperCheckData as Type } from "./types/source_transaction_paper_check_data.js";

export type { SourceTransactionPaperCheckData } from "./types/source_transaction_paper_check_data.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTransactionPaperCheckData };
