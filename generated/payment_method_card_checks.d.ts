import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardChecks as Type } from "./types/payment_method_card_checks.js";

export type { PaymentMethodCardChecks } from "./types/payment_method_card_checks.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodCardChecks };
