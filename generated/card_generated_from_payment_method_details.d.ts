import type { SchemaModule } from "./runtime/api.js";
import type { CardGeneratedFromPaymentMethodDetails as self } from "./types/card_generated_from_payment_method_details.js";

export type CardGeneratedFromPaymentMethodDetails = self;
export declare const CardGeneratedFromPaymentMethodDetails: SchemaModule<self>;
