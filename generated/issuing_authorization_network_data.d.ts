import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorizationNetworkData as Type } from "./types/issuing_authorization_network_data.js";

export type IssuingAuthorizationNetworkData = Type;
export declare const IssuingAuthorizationNetworkData: SchemaModule<Type>;
