import type { SchemaModule } from "./runtime/api.js";
import type { IssuingAuthorizationNetworkData as self } from "./types/issuing_authorization_network_data.js";

export type IssuingAuthorizationNetworkData = self;
export declare const IssuingAuthorizationNetworkData: SchemaModule<self>;
