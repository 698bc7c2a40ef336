import type { SchemaModule } from "./runtime/schema.js";
import type { OutboundTransfersPaymentMethodDetailsUsBankAccount as Type } from "./types/outbound_transfers_payment_method_details_us_bank_account.js";

export type { OutboundTransfersPaymentMethodDetailsUsBankAccount } from "./types/outbound_transfers_payment_method_details_us_bank_account.js";
declare const schema: SchemaModule<Type>;
export { schema as OutboundTransfersPaymentMethodDetailsUsBankAccount };
