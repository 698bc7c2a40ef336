import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeSepaDebit as Type } from "./types/source_type_sepa_debit.js";

export type { SourceTypeSepaDebit } from "./types/source_type_sepa_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeSepaDebit };
