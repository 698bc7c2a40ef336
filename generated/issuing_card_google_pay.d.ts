import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardGooglePay as self } from "./types/issuing_card_google_pay.js";

export type IssuingCardGooglePay = self;
export declare const IssuingCardGooglePay: SchemaModule<self>;
