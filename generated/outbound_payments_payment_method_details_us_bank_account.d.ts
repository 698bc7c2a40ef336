import type { SchemaModule } from "./runtime/api.js";
import type { OutboundPaymentsPaymentMethodDetailsUsBankAccount as self } from "./types/outbound_payments_payment_method_details_us_bank_account.js";

export type OutboundPaymentsPaymentMethodDetailsUsBankAccount = self;
export declare const OutboundPaymentsPaymentMethodDetailsUsBankAccount: SchemaModule<self>;
