// The repository folder as a file path, for every script. fileURLToPath decodes percent-escapes (spaces, Cyrillic,
// «», №) and Windows drive letters; URL.pathname keeps «%D0%9C%D0%BE…» and breaks every path built from it.
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
