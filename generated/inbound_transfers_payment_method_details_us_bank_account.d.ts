import type { SchemaModule } from "./runtime/schema.js";
import type { InboundTransfersPaymentMethodDetailsUsBankAccount as Type } from "./types/inbound_transfers_payment_method_details_us_bank_account.js";

export type { InboundTransfersPaymentMethodDetailsUsBankAccount } from "./types/inbound_transfers_payment_method_details_us_bank_account.js";
declare const schema: SchemaModule<Type>;
export { schema as InboundTransfersPaymentMethodDetailsUsBankAccount };
