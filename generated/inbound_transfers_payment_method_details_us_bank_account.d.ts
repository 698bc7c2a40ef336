import type { SchemaModule } from "./runtime/api.js";
import type { InboundTransfersPaymentMethodDetailsUsBankAccount as self } from "./types/inbound_transfers_payment_method_details_us_bank_account.js";

export type InboundTransfersPaymentMethodDetailsUsBankAccount = self;
export declare const InboundTransfersPaymentMethodDetailsUsBankAccount: SchemaModule<self>;
