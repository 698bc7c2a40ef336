import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsPaynow as Type } from "./types/payment_method_details_paynow.js";

export type PaymentMethodDetailsPaynow = Type;
export declare const PaymentMethodDetailsPaynow: SchemaModule<Type>;
