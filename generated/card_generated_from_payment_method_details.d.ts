import type { SchemaModule } from "./runtime/schema.js";
import type { CardGeneratedFromPaymentMethodDetails as Type } from "./types/card_generated_from_payment_method_details.js";

export type CardGeneratedFromPaymentMethodDetails = Type;
export declare const CardGeneratedFromPaymentMethodDetails: SchemaModule<Type>;
