import type { SchemaModule } from "./runtime/api.js";
import type { TerminalConfigurationConfigurationResourceTipping as self } from "./types/terminal_configuration_configuration_resource_tipping.js";

export type TerminalConfigurationConfigurationResourceTipping = self;
export declare const TerminalConfigurationConfigurationResourceTipping: SchemaModule<self>;
