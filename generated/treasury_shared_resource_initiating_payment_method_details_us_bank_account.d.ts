import type { SchemaModule } from "./runtime/api.js";
import type { TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount as self } from "./types/treasury_shared_resource_initiating_payment_method_details_us_bank_account.js";

export type TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount =
  self;
export declare const TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount: SchemaModule<self>;
