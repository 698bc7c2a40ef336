import type { SchemaModule } from "./runtime/schema.js";
import type { OutboundTransfersPaymentMethodDetailsUsBankAccount as Type } from "./types/outbound_transfers_payment_method_details_us_bank_account.js";

export type OutboundTransfersPaymentMethodDetailsUsBankAccount = Type;
export declare const OutboundTransfersPaymentMethodDetailsUsBankAccount: SchemaModule<Type>;
