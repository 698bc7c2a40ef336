import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodUsBankAccountStatusDetails as self } from "./types/payment_method_us_bank_account_status_details.js";

export type PaymentMethodUsBankAccountStatusDetails = self;
export declare const PaymentMethodUsBankAccountStatusDetails: SchemaModule<self>;
