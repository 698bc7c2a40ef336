/** @schema `connect_embedded_base_config` */
export type ConnectEmbeddedBaseConfig = {
  /** Whether the embedded component is enabled. */
  enabled: boolean;
};
