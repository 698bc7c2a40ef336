import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorizationRequest as Type } from "./types/issuing_authorization_request.js";

export type { IssuingAuthorizationRequest } from "./types/issuing_authorization_request.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingAuthorizationRequest };
