import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsCardInstallments as Type } from "./types/payment_method_options_card_installments.js";

export type { PaymentMethodOptionsCardInstallments } from "./types/payment_method_options_card_installments.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsCardInstallments };
