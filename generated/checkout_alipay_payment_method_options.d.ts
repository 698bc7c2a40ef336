import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutAlipayPaymentMethodOptions as Type } from "./types/checkout_alipay_payment_method_options.js";

export type CheckoutAlipayPaymentMethodOptions = Type;
export declare const CheckoutAlipayPaymentMethodOptions: SchemaModule<Type>;
