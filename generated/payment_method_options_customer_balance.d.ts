import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsCustomerBalance as Type } from "./types/payment_method_options_customer_balance.js";

export type { PaymentMethodOptionsCustomerBalance } from "./types/payment_method_options_customer_balance.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsCustomerBalance };
