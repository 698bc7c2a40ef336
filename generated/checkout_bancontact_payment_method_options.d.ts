import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutBancontactPaymentMethodOptions as Type } from "./types/checkout_bancontact_payment_method_options.js";

export type { CheckoutBancontactPaymentMethodOptions } from "./types/checkout_bancontact_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutBancontactPaymentMethodOptions };
