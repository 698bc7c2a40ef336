import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorizationNetworkData as Type } from "./types/issuing_authorization_network_data.js";

export type { IssuingAuthorizationNetworkData } from "./types/issuing_authorization_network_data.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingAuthorizationNetworkData };
