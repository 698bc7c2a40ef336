/** @schema `secret_service_resource_scope` */
export type SecretServiceResourceScope = {
  /** The secret scope type. */
  type: "account" | "user";
  /**
   * The user ID, if type is set to "user"
   *
   * @maxLength 5000
   */
  user?: string;
};
