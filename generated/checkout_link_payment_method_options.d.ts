import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutLinkPaymentMethodOptions as self } from "./types/checkout_link_payment_method_options.js";

export type CheckoutLinkPaymentMethodOptions = self;
export declare const CheckoutLinkPaymentMethodOptions: SchemaModule<self>;
