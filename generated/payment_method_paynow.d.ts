import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodPaynow as Type } from "./types/payment_method_paynow.js";

export type PaymentMethodPaynow = Type;
export declare const PaymentMethodPaynow: SchemaModule<Type>;
