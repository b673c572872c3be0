// Transliteration variants of a normalized alias: the same foreign name is written with غ or
// ج for "g", and with or without a space between its parts (بيونغ يانغ / بيونغيانغ).

export function aliasVariants(normAlias: string): string[] {
  const out = new Set<string>([normAlias]);
  if (normAlias.includes("غ")) out.add(normAlias.replaceAll("غ", "ج"));
  if (normAlias.includes("ج")) out.add(normAlias.replaceAll("ج", "غ"));
  for (const v of [...out]) {
    const parts = v.split(" ");
    // Joining only short two-part names: long phrases are never written run together.
    if (parts.length === 2 && v.length <= 14) out.add(parts.join(""));
    // عبد الله / عبدالله and the like.
    if (/(^| )عبد /.test(v)) out.add(v.replace(/(^| )عبد /g, "$1عبد"));
    if (/(^| )ابو /.test(v)) out.add(v.replace(/(^| )ابو /g, "$1ابو"));
  }
  return [...out];
}
