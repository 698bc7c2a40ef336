import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsAchCreditTransfer as self } from "./types/payment_method_details_ach_credit_transfer.js";

export type PaymentMethodDetailsAchCreditTransfer = self;
export declare const PaymentMethodDetailsAchCreditTransfer: SchemaModule<self>;
