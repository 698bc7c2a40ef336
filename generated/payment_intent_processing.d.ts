import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentProcessing as Type } from "./types/payment_intent_processing.js";

export type { PaymentIntentProcessing } from "./types/payment_intent_processing.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentProcessing };
