import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCustomerBalance as self } from "./types/payment_method_details_customer_balance.js";

export type PaymentMethodDetailsCustomerBalance = self;
export declare const PaymentMethodDetailsCustomerBalance: SchemaModule<self>;
