import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorizationRequest as Type } from "./types/issuing_authorization_request.js";

export type IssuingAuthorizationRequest = Type;
export declare const IssuingAuthorizationRequest: SchemaModule<Type>;
