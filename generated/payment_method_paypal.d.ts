import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodPaypal as Type } from "./types/payment_method_paypal.js";

export type { PaymentMethodPaypal } from "./types/payment_method_paypal.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodPaypal };
