import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardGooglePay as Type } from "./types/issuing_card_google_pay.js";

export type IssuingCardGooglePay = Type;
export declare const IssuingCardGooglePay: SchemaModule<Type>;
