import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsPaypal as Type } from "./types/payment_method_options_paypal.js";

export type { PaymentMethodOptionsPaypal } from "./types/payment_method_options_paypal.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsPaypal };
