import type { SchemaModule } from "./runtime/api.js";
import type { CreditNoteLineItem as self } from "./types/credit_note_line_item.js";

export type CreditNoteLineItem = self;
export declare const CreditNoteLineItem: SchemaModule<self>;
