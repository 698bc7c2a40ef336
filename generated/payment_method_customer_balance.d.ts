import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCustomerBalance as Type } from "./types/payment_method_customer_balance.js";

export type PaymentMethodCustomerBalance = Type;
export declare const PaymentMethodCustomerBalance: SchemaModule<Type>;
