import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCustomerBalance as self } from "./types/payment_method_customer_balance.js";

export type PaymentMethodCustomerBalance = self;
export declare const PaymentMethodCustomerBalance: SchemaModule<self>;
