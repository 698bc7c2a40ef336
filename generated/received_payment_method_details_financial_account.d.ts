import type { SchemaModule } from "./runtime/schema.js";
import type { ReceivedPaymentMethodDetailsFinancialAccount as Type } from "./types/received_payment_method_details_financial_account.js";

export type { ReceivedPaymentMethodDetailsFinancialAccount } from "./types/received_payment_method_details_financial_account.js";
declare const schema: SchemaModule<Type>;
export { schema as ReceivedPaymentMethodDetailsFinancialAccount };
