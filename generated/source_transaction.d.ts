import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTransaction as Type } from "./types/source_transaction.js";

export type { SourceTransaction } from "./types/source_transaction.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTransaction };
