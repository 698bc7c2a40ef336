import type { SchemaModule } from "./runtime/schema.js";
import type { ReceivedPaymentMethodDetailsFinancialAccount as Type } from "./types/received_payment_method_details_financial_account.js";

export type ReceivedPaymentMethodDetailsFinancialAccount = Type;
export declare const ReceivedPaymentMethodDetailsFinancialAccount: SchemaModule<Type>;
