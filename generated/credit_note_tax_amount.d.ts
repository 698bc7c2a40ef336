import type { SchemaModule } from "./runtime/api.js";
import type { CreditNoteTaxAmount as self } from "./types/credit_note_tax_amount.js";

export type CreditNoteTaxAmount = self;
export declare const CreditNoteTaxAmount: SchemaModule<self>;
