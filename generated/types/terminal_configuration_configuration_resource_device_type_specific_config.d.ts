import type { File } from "./file.js";

/** @schema `terminal_configuration_configuration_resource_device_type_specific_config` */
export type TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig =
  {
    /**
     * A File ID representing an image you would like displayed on the reader.
     *
     * @expandable An ID, or the object when the request expands this field
     */
    splashscreen?: string | File;
  };
