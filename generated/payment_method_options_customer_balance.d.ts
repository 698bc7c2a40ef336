import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsCustomerBalance as self } from "./types/payment_method_options_customer_balance.js";

export type PaymentMethodOptionsCustomerBalance = self;
export declare const PaymentMethodOptionsCustomerBalance: SchemaModule<self>;
