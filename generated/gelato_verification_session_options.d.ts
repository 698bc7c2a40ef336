import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoVerificationSessionOptions as Type } from "./types/gelato_verification_session_options.js";

export type GelatoVerificationSessionOptions = Type;
export declare const GelatoVerificationSessionOptions: SchemaModule<Type>;
