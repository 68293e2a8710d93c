/** WordprocessingML helpers over xmldom: namespaces, child elements, parse and serialise. */
import { DOMParser, XMLSerializer, type Document as XmlDocument, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';

export type { XmlDocument, XmlElement, XmlNode };

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const ELEMENT_NODE = 1;

export function parseXml(xml: string, part: string): XmlDocument {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(xml, 'text/xml');
  if (errors.length > 0) throw new Error(`Файл DOCX повреждён: ошибка в ${part}: ${errors[0]}`);
  return doc;
}

export function serializeXml(doc: XmlDocument): string {
  return new XMLSerializer().serializeToString(doc);
}

export function isW(node: XmlNode | null, localName: string): node is XmlElement {
  return !!node && node.nodeType === ELEMENT_NODE && (node as XmlElement).namespaceURI === W && (node as XmlElement).localName === localName;
}

export function isElement(node: XmlNode | null): node is XmlElement {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function childElements(parent: XmlNode): XmlElement[] {
  const out: XmlElement[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) if (isElement(node)) out.push(node);
  return out;
}

export function wChildren(parent: XmlNode, localName: string): XmlElement[] {
  return childElements(parent).filter((e) => isW(e, localName));
}

/** Every descendant w:<localName>, in document order, without entering elements for which `skip` is true. */
export function wDescendants(root: XmlNode, localName: string, skip: (e: XmlElement) => boolean = () => false): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (node: XmlNode): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (!isElement(child)) continue;
      if (isW(child, localName)) out.push(child);
      if (!skip(child)) walk(child);
    }
  };
  walk(root);
  return out;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
