import type { ReactNode } from 'react';

type Values = Readonly<Record<string, ReactNode>>;

function fill(message: string, values?: Values): string {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

export function translate(
  { message }: { readonly message: string; readonly id?: string; readonly description?: string },
  values?: Values,
): string {
  return fill(message, values);
}

interface Props {
  readonly children: string;
  readonly id?: string;
  readonly description?: string;
  readonly values?: Values;
}

export default function Translate({ children, values }: Props): ReactNode {
  if (!values || Object.values(values).every((v) => typeof v !== 'object' || v === null)) {
    return fill(children, values);
  }
  // Values that are elements: split the message and interleave them, as Docusaurus does.
  const parts = children.split(/(\{\w+\})/g);
  return parts.map((part, index) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    return key && key in values ? <span key={index}>{values[key]}</span> : part;
  });
}
