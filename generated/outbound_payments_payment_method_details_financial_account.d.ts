import type { SchemaModule } from "./runtime/api.js";
import type { OutboundPaymentsPaymentMethodDetailsFinancialAccount as self } from "./types/outbound_payments_payment_method_details_financial_account.js";

export type OutboundPaymentsPaymentMethodDetailsFinancialAccount = self;
export declare const OutboundPaymentsPaymentMethodDetailsFinancialAccount: SchemaModule<self>;
