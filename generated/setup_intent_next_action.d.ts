import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentNextAction as Type } from "./types/setup_intent_next_action.js";

export type { SetupIntentNextAction } from "./types/setup_intent_next_action.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupIntentNextAction };
