import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutCardInstallmentsOptions as self } from "./types/checkout_card_installments_options.js";

export type CheckoutCardInstallmentsOptions = self;
export declare const CheckoutCardInstallmentsOptions: SchemaModule<self>;
