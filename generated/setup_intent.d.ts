import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntent as Type } from "./types/setup_intent.js";

export type SetupIntent = Type;
export declare const SetupIntent: SchemaModule<Type>;
