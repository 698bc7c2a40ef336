import type { ConnectEmbeddedBaseConfig } from "./connect_embedded_base_config.js";

/** @schema `connect_embedded_account_session_create_components` */
export type ConnectEmbeddedAccountSessionCreateComponents = {
  account_onboarding: ConnectEmbeddedBaseConfig;
};
