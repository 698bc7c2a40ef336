import type { SchemaModule } from "./runtime/api.js";
import type { TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails as self } from "./types/treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details.js";

export type TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails =
  self;
export declare const TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails: SchemaModule<self>;
