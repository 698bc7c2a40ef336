import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutBoletoPaymentMethodOptions as Type } from "./types/checkout_boleto_payment_method_options.js";

export type { CheckoutBoletoPaymentMethodOptions } from "./types/checkout_boleto_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutBoletoPaymentMethodOptions };
