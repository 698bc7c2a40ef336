import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardSpendingLimit as Type } from "./types/issuing_card_spending_limit.js";

export type { IssuingCardSpendingLimit } from "./types/issuing_card_spending_limit.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingCardSpendingLimit };
