import type { SchemaModule } from "./runtime/schema.js";
import type { VerificationSessionRedaction as Type } from "./types/verification_session_redaction.js";

export type VerificationSessionRedaction = Type;
export declare const VerificationSessionRedaction: SchemaModule<Type>;
