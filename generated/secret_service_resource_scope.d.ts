import type { SchemaModule } from "./runtime/api.js";
import type { SecretServiceResourceScope as self } from "./types/secret_service_resource_scope.js";

export type SecretServiceResourceScope = self;
export declare const SecretServiceResourceScope: SchemaModule<self>;
