import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardChecks as Type } from "./types/payment_method_details_card_checks.js";

export type { PaymentMethodDetailsCardChecks } from "./types/payment_method_details_card_checks.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsCardChecks };
