import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsPaynow as Type } from "./types/payment_method_options_paynow.js";

export type PaymentMethodOptionsPaynow = Type;
export declare const PaymentMethodOptionsPaynow: SchemaModule<Type>;
