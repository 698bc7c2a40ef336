import type { SchemaModule } from "./runtime/schema.js";
import type { RadarRadarOptions as Type } from "./types/radar_radar_options.js";

export type { RadarRadarOptions } from "./types/radar_radar_options.js";
declare const schema: SchemaModule<Type>;
export { schema as RadarRadarOptions };
