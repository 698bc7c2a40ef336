import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutAlipayPaymentMethodOptions as self } from "./types/checkout_alipay_payment_method_options.js";

export type CheckoutAlipayPaymentMethodOptions = self;
export declare const CheckoutAlipayPaymentMethodOptions: SchemaModule<self>;
