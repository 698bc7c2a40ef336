import type { SchemaModule } from "./runtime/schema.js";
import type { SecretServiceResourceScope as Type } from "./types/secret_service_resource_scope.js";

export type SecretServiceResourceScope = Type;
export declare const SecretServiceResourceScope: SchemaModule<Type>;
