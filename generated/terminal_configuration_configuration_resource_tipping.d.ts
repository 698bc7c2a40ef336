import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalConfigurationConfigurationResourceTipping as Type } from "./types/terminal_configuration_configuration_resource_tipping.js";

export type { TerminalConfigurationConfigurationResourceTipping } from "./types/terminal_configuration_configuration_resource_tipping.js";
declare const schema: SchemaModule<Type>;
export { schema as TerminalConfigurationConfigurationResourceTipping };
