import type { SchemaModule } from "./runtime/schema.js";
import type { ConnectEmbeddedBaseConfig as Type } from "./types/connect_embedded_base_config.js";

export type ConnectEmbeddedBaseConfig = Type;
export declare const ConnectEmbeddedBaseConfig: SchemaModule<Type>;
