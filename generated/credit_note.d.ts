import type { SchemaModule } from "./runtime/api.js";
import type { CreditNote as self } from "./types/credit_note.js";

export type CreditNote = self;
export declare const CreditNote: SchemaModule<self>;
