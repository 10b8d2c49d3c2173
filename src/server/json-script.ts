/**
 * JSON to put inside `<script type="application/json">`: `<`, `>` and `&` are escaped as
 * \u003c etc., so no string in the data (an activity named `</script><script>…`) can close
 * the element or open a comment; U+2028/2029 are escaped for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
