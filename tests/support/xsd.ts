/**
 * Validates XML against the vendored schemas (vendor/xsd, see its README) with xmllint-wasm:
 * offline, with no native libxml2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const xsdDir = path.resolve(__dirname, '../../vendor/xsd');
const read = (file: string) => ({ fileName: file, contents: fs.readFileSync(path.join(xsdDir, file), 'utf8') });

/** A SCORM 1.2 manifest: IMS CP 1.1.2 with ADL's extensions, as one schema. */
const SCORM12_ENTRY = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="scorm12/imscp_rootv1p1p2.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="scorm12/adlcp_rootv1p2.xsd"/>
</xs:schema>`;

export interface XmlDocument {
  readonly fileName: string;
  readonly contents: string;
}

/**
 * The XSD errors of the documents (one xmllint run for all of them: compiling a schema takes
 * about a second), or [] when all are valid. Each error names its document.
 */
export async function xsdErrors(documents: readonly XmlDocument[], kind: 'scorm12-manifest' | 'qti12'): Promise<string[]> {
  const schema =
    kind === 'qti12'
      ? [read('qti12/ims_qtiasiv1p2.xsd')]
      : [{ fileName: 'scorm12-manifest.xsd', contents: SCORM12_ENTRY }];
  // IMS's ims_xml.xsd binds the `xml` namespace as a default namespace, which XML forbids and
  // libxml2 refuses: the import of the `xml:` namespace is given W3C's own schema for it instead.
  const preload =
    kind === 'qti12'
      ? [read('xml.xsd')]
      : [read('scorm12/imscp_rootv1p1p2.xsd'), read('scorm12/adlcp_rootv1p2.xsd'), { ...read('xml.xsd'), fileName: 'scorm12/ims_xml.xsd' }];
  const result = await validateXML({ xml: documents.map((document) => ({ fileName: document.fileName.replace(/\//g, '_'), contents: document.contents })), schema, preload });
  return result.errors.map((error) => error.rawMessage);
}
