import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorizationPendingRequest as Type } from "./types/issuing_authorization_pending_request.js";

export type { IssuingAuthorizationPendingRequest } from "./types/issuing_authorization_pending_request.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingAuthorizationPendingRequest };
