import type { SchemaModule } from "./runtime/api.js";
import type { VerificationSessionRedaction as self } from "./types/verification_session_redaction.js";

export type VerificationSessionRedaction = self;
export declare const VerificationSessionRedaction: SchemaModule<self>;
