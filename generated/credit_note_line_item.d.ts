import type { SchemaModule } from "./runtime/schema.js";
import type { CreditNoteLineItem as Type } from "./types/credit_note_line_item.js";

export type CreditNoteLineItem = Type;
export declare const CreditNoteLineItem: SchemaModule<Type>;
