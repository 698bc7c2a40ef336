import type { SchemaModule } from "./runtime/api.js";
import type { ConnectEmbeddedBaseConfig as self } from "./types/connect_embedded_base_config.js";

export type ConnectEmbeddedBaseConfig = self;
export declare const ConnectEmbeddedBaseConfig: SchemaModule<self>;
