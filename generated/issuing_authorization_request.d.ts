import type { SchemaModule } from "./runtime/api.js";
import type { IssuingAuthorizationRequest as self } from "./types/issuing_authorization_request.js";

export type IssuingAuthorizationRequest = self;
export declare const IssuingAuthorizationRequest: SchemaModule<self>;
