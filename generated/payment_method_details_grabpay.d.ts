import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsGrabpay as Type } from "./types/payment_method_details_grabpay.js";

export type PaymentMethodDetailsGrabpay = Type;
export declare const PaymentMethodDetailsGrabpay: SchemaModule<Type>;
