type SkipLinkProps = { targetId: string };

/** First focusable element of every page: jumps over the header to the main content. */
export function SkipLink({ targetId }: SkipLinkProps) {
  return (
    <a className="skip-link" href={`#${targetId}`}>
      Aller au contenu
    </a>
  );
}
