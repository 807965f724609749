// Prints the RDF of a JSON-LD file as N-Quads, read by jsonld.js (not Jena). Remote contexts
// are fetched over HTTP, as any JSON-LD client would.
import { readFile } from 'node:fs/promises';
import jsonld from 'jsonld';

const [file, base] = process.argv.slice(2);
const document = JSON.parse(await readFile(file, 'utf8'));
process.stdout.write(await jsonld.toRDF(document, { base, format: 'application/n-quads' }));
