import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntent as Type } from "./types/setup_intent.js";

export type { SetupIntent } from "./types/setup_intent.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupIntent };
