import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutBoletoPaymentMethodOptions as self } from "./types/checkout_boleto_payment_method_options.js";

export type CheckoutBoletoPaymentMethodOptions = self;
export declare const CheckoutBoletoPaymentMethodOptions: SchemaModule<self>;
