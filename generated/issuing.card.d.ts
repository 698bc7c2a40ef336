import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCard as Type } from "./types/issuing.card.js";

export type { IssuingCard } from "./types/issuing.card.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingCard };
