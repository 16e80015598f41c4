/** A citation named by its site, so a column of links says where each figure was published. */
export function CitationLink({ url }: { url: string | null }) {
  if (!url) return null;
  return (
    <a href={url} target="_blank" rel="noreferrer">
      {new URL(url).hostname.replace(/^www\./, '')}
    </a>
  );
}
