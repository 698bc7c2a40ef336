import type { SchemaModule } from "./runtime/schema.js";
import type { TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails as Type } from "./types/treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details.js";

export type TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails =
  Type;
export declare const TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails: SchemaModule<Type>;
