import type { SchemaModule } from "./runtime/schema.js";
import type { TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount as Type } from "./types/treasury_shared_resource_initiating_payment_method_details_us_bank_account.js";

export type { TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount } from "./types/treasury_shared_resource_initiating_payment_method_details_us_bank_account.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount };
