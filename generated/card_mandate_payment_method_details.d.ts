import type { SchemaModule } from "./runtime/schema.js";
import type { CardMandatePaymentMethodDetails as Type } from "./types/card_mandate_payment_method_details.js";

export type CardMandatePaymentMethodDetails = Type;
export declare const CardMandatePaymentMethodDetails: SchemaModule<Type>;
