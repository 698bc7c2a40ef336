import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutCardInstallmentsOptions as Type } from "./types/checkout_card_installments_options.js";

export type CheckoutCardInstallmentsOptions = Type;
export declare const CheckoutCardInstallmentsOptions: SchemaModule<Type>;
