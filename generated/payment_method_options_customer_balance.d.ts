import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsCustomerBalance as Type } from "./types/payment_method_options_customer_balance.js";

export type PaymentMethodOptionsCustomerBalance = Type;
export declare const PaymentMethodOptionsCustomerBalance: SchemaModule<Type>;
