import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransaction as Type } from "./types/issuing.transaction.js";

export type { IssuingTransaction } from "./types/issuing.transaction.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingTransaction };
