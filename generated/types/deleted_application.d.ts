/** @schema `deleted_application` */
export type DeletedApplication = {
  /** Always true for a deleted object */
  deleted: true;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * The name of the application.
   *
   * @maxLength 5000
   */
  name?: string | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "application";
};
