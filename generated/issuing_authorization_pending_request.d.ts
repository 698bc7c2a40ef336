import type { SchemaModule } from "./runtime/api.js";
import type { IssuingAuthorizationPendingRequest as self } from "./types/issuing_authorization_pending_request.js";

export type IssuingAuthorizationPendingRequest = self;
export declare const IssuingAuthorizationPendingRequest: SchemaModule<self>;
