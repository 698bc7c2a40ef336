import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoVerificationSessionOptions as Type } from "./types/gelato_verification_session_options.js";

export type { GelatoVerificationSessionOptions } from "./types/gelato_verification_session_options.js";
declare const schema: SchemaModule<Type>;
export { schema as GelatoVerificationSessionOptions };
