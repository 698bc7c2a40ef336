import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsGrabpay as Type } from "./types/payment_method_options_grabpay.js";

export type PaymentMethodOptionsGrabpay = Type;
export declare const PaymentMethodOptionsGrabpay: SchemaModule<Type>;
