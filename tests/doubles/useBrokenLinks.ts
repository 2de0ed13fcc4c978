const collected = { links: [] as string[], anchors: [] as string[] };

/** Records what a component registers, so a test can check its anchors. */
export default function useBrokenLinks() {
  return {
    collectLink: (link: string | undefined) => void (link && collected.links.push(link)),
    collectAnchor: (anchor: string | undefined) => void (anchor && collected.anchors.push(anchor)),
  };
}

export function collectedByBrokenLinks(): typeof collected {
  return collected;
}
