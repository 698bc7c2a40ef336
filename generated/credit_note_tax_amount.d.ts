import type { SchemaModule } from "./runtime/schema.js";
import type { CreditNoteTaxAmount as Type } from "./types/credit_note_tax_amount.js";

export type CreditNoteTaxAmount = Type;
export declare const CreditNoteTaxAmount: SchemaModule<Type>;
