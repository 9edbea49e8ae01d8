const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when the id can be a `uuid` column's value; anything else cannot match a row, so reads answer null. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
