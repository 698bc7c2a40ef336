import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsAchCreditTransfer as Type } from "./types/payment_method_details_ach_credit_transfer.js";

export type PaymentMethodDetailsAchCreditTransfer = Type;
export declare const PaymentMethodDetailsAchCreditTransfer: SchemaModule<Type>;
