import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardInstallments as Type } from "./types/payment_method_details_card_installments.js";

export type { PaymentMethodDetailsCardInstallments } from "./types/payment_method_details_card_installments.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsCardInstallments };
