import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCustomerBalance as Type } from "./types/payment_method_details_customer_balance.js";

export type { PaymentMethodDetailsCustomerBalance } from "./types/payment_method_details_customer_balance.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsCustomerBalance };
