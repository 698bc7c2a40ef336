import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderSpendingLimit as Type } from "./types/issuing_cardholder_spending_limit.js";

export type { IssuingCardholderSpendingLimit } from "./types/issuing_cardholder_spending_limit.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingCardholderSpendingLimit };
