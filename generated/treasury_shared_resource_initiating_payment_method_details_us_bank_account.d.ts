import type { SchemaModule } from "./runtime/schema.js";
import type { TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount as Type } from "./types/treasury_shared_resource_initiating_payment_method_details_us_bank_account.js";

export type TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount =
  Type;
export declare const TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount: SchemaModule<Type>;
