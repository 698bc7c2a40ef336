import type { SchemaModule } from "./runtime/schema.js";
import type { InboundTransfersPaymentMethodDetailsUsBankAccount as Type } from "./types/inbound_transfers_payment_method_details_us_bank_account.js";

export type InboundTransfersPaymentMethodDetailsUsBankAccount = Type;
export declare const InboundTransfersPaymentMethodDetailsUsBankAccount: SchemaModule<Type>;
