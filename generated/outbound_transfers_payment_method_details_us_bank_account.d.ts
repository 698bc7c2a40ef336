import type { SchemaModule } from "./runtime/api.js";
import type { OutboundTransfersPaymentMethodDetailsUsBankAccount as self } from "./types/outbound_transfers_payment_method_details_us_bank_account.js";

export type OutboundTransfersPaymentMethodDetailsUsBankAccount = self;
export declare const OutboundTransfersPaymentMethodDetailsUsBankAccount: SchemaModule<self>;
