import type { SchemaModule } from "./runtime/schema.js";
import type { Subscription as Type } from "./types/subscription.js";

export type { Subscription } from "./types/subscription.js";
declare const schema: SchemaModule<Type>;
export { schema as Subscription };
