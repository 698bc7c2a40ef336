import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardholderIdDocument as self } from "./types/issuing_cardholder_id_document.js";

export type IssuingCardholderIdDocument = self;
export declare const IssuingCardholderIdDocument: SchemaModule<self>;
