import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorizationPendingRequest as Type } from "./types/issuing_authorization_pending_request.js";

export type IssuingAuthorizationPendingRequest = Type;
export declare const IssuingAuthorizationPendingRequest: SchemaModule<Type>;
