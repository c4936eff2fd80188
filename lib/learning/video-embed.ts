export type VideoEmbed = { kind: "iframe"; src: string } | { kind: "file"; src: string } | null;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

// Lesson video URLs come from providers: only YouTube (through its no-cookie host),
// Vimeo and direct https video files are embedded, and only with ids we rebuild
// ourselves, so a crafted URL cannot frame anything else (the CSP agrees).
export function videoEmbed(url: string | null): VideoEmbed {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:") return null;
  const host = parsed.hostname.replace(/^www\.|^m\./, "");
  let youtubeId: string | null = null;
  if (host === "youtube.com" || host === "youtube-nocookie.com") {
    youtubeId = parsed.pathname === "/watch" ? parsed.searchParams.get("v") : (/^\/(?:embed|shorts)\/([^/]+)/.exec(parsed.pathname)?.[1] ?? null);
  } else if (host === "youtu.be") {
    youtubeId = parsed.pathname.slice(1);
  }
  if (youtubeId !== null) return YOUTUBE_ID.test(youtubeId) ? { kind: "iframe", src: `https://www.youtube-nocookie.com/embed/${youtubeId}` } : null;

  if (host === "vimeo.com" || host === "player.vimeo.com") {
    const id = /\/(\d+)(?:\/|$)/.exec(parsed.pathname)?.[1];
    return id ? { kind: "iframe", src: `https://player.vimeo.com/video/${id}` } : null;
  }
  if (/\.(mp4|webm|ogg|ogv|m4v)$/i.test(parsed.pathname)) return { kind: "file", src: parsed.toString() };
  return null;
}
