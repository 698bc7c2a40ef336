import type { SchemaModule } from "./runtime/schema.js";
import type { CreditNote as Type } from "./types/credit_note.js";

export type CreditNote = Type;
export declare const CreditNote: SchemaModule<Type>;
