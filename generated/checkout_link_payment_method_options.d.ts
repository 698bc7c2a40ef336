import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutLinkPaymentMethodOptions as Type } from "./types/checkout_link_payment_method_options.js";

export type CheckoutLinkPaymentMethodOptions = Type;
export declare const CheckoutLinkPaymentMethodOptions: SchemaModule<Type>;
