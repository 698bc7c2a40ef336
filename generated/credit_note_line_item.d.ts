import type { SchemaModule } from "./runtime/schema.js";
import type { CreditNoteLineItem as Type } from "./types/credit_note_line_item.js";

export type { CreditNoteLineItem } from "./types/credit_note_line_item.js";
declare const schema: SchemaModule<Type>;
export { schema as CreditNoteLineItem };
