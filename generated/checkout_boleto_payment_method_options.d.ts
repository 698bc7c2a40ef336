import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutBoletoPaymentMethodOptions as Type } from "./types/checkout_boleto_payment_method_options.js";

export type CheckoutBoletoPaymentMethodOptions = Type;
export declare const CheckoutBoletoPaymentMethodOptions: SchemaModule<Type>;
