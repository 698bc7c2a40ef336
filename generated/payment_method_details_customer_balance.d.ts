import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCustomerBalance as Type } from "./types/payment_method_details_customer_balance.js";

export type PaymentMethodDetailsCustomerBalance = Type;
export declare const PaymentMethodDetailsCustomerBalance: SchemaModule<Type>;
