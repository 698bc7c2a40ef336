import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardShipping as Type } from "./types/issuing_card_shipping.js";

export type { IssuingCardShipping } from "./types/issuing_card_shipping.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingCardShipping };
