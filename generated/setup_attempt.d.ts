import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttempt as Type } from "./types/setup_attempt.js";

export type { SetupAttempt } from "./types/setup_attempt.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupAttempt };
