import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderIdDocument as Type } from "./types/issuing_cardholder_id_document.js";

export type IssuingCardholderIdDocument = Type;
export declare const IssuingCardholderIdDocument: SchemaModule<Type>;
