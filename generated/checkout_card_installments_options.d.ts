import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutCardInstallmentsOptions as Type } from "./types/checkout_card_installments_options.js";

export type { CheckoutCardInstallmentsOptions } from "./types/checkout_card_installments_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutCardInstallmentsOptions };
