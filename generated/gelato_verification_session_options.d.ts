import type { SchemaModule } from "./runtime/api.js";
import type { GelatoVerificationSessionOptions as self } from "./types/gelato_verification_session_options.js";

export type GelatoVerificationSessionOptions = self;
export declare const GelatoVerificationSessionOptions: SchemaModule<self>;
