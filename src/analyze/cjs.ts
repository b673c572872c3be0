// graphology's plugins are CommonJS whose typings declare `export default`. Under NodeNext,
// TypeScript types the default import as the module object, while Node hands over
// `module.exports` (the function itself). This resolves either shape to the function.
export function cjsDefault<T>(imported: T | { default: T }): T {
  const m = imported as { default?: T };
  return (typeof m === "object" || typeof m === "function") && m !== null && m.default !== undefined
    ? m.default
    : (imported as T);
}
