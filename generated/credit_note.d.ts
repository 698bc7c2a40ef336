import type { SchemaModule } from "./runtime/schema.js";
import type { CreditNote as Type } from "./types/credit_note.js";

export type { CreditNote } from "./types/credit_note.js";
declare const schema: SchemaModule<Type>;
export { schema as CreditNote };
