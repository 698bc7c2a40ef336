import type { SchemaModule } from "./runtime/schema.js";
import type { Card as Type } from "./types/card.js";

export type { Card } from "./types/card.js";
declare const schema: SchemaModule<Type>;
export { schema as Card };
