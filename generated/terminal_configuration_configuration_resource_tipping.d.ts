import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalConfigurationConfigurationResourceTipping as Type } from "./types/terminal_configuration_configuration_resource_tipping.js";

export type TerminalConfigurationConfigurationResourceTipping = Type;
export declare const TerminalConfigurationConfigurationResourceTipping: SchemaModule<Type>;
