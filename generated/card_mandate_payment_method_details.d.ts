import type { SchemaModule } from "./runtime/api.js";
import type { CardMandatePaymentMethodDetails as self } from "./types/card_mandate_payment_method_details.js";

export type CardMandatePaymentMethodDetails = self;
export declare const CardMandatePaymentMethodDetails: SchemaModule<self>;
