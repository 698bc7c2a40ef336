import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsAchCreditTransfer as Type } from "./types/payment_method_details_ach_credit_transfer.js";

export type { PaymentMethodDetailsAchCreditTransfer } from "./types/payment_method_details_ach_credit_transfer.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsAchCreditTransfer };
