import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttempt as Type } from "./types/setup_attempt.js";

export type SetupAttempt = Type;
export declare const SetupAttempt: SchemaModule<Type>;
