import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeAuBecsDebit as Type } from "./types/source_type_au_becs_debit.js";

export type { SourceTypeAuBecsDebit } from "./types/source_type_au_becs_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeAuBecsDebit };
