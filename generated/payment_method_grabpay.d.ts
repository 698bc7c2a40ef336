import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodGrabpay as Type } from "./types/payment_method_grabpay.js";

export type PaymentMethodGrabpay = Type;
export declare const PaymentMethodGrabpay: SchemaModule<Type>;
