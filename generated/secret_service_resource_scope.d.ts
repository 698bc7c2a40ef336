import type { SchemaModule } from "./runtime/schema.js";
import type { SecretServiceResourceScope as Type } from "./types/secret_service_resource_scope.js";

export type { SecretServiceResourceScope } from "./types/secret_service_resource_scope.js";
declare const schema: SchemaModule<Type>;
export { schema as SecretServiceResourceScope };
