import type { SchemaModule } from "./runtime/api.js";
import type { ReceivedPaymentMethodDetailsFinancialAccount as self } from "./types/received_payment_method_details_financial_account.js";

export type ReceivedPaymentMethodDetailsFinancialAccount = self;
export declare const ReceivedPaymentMethodDetailsFinancialAccount: SchemaModule<self>;
