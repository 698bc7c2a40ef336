import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCustomerBalance as Type } from "./types/payment_method_customer_balance.js";

export type { PaymentMethodCustomerBalance } from "./types/payment_method_customer_balance.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodCustomerBalance };
